"""Pilot test: the summary pane dims key points with a low confidence."""

from __future__ import annotations

from dataclasses import replace

from briefing.tui.widgets.summary import LOW_CONFIDENCE_STYLE, KeyPointList
from tests.tui.helpers import SIZE, summit_article


def _styles(prompt) -> set[str]:
    return {str(span.style) for span in prompt.spans}


async def test_low_confidence_key_points_are_dimmed(make_app):
    article = summit_article()
    sure, doubtful, middling = article.key_points
    article = replace(
        article,
        key_points=(
            replace(sure, confidence=1.0),
            replace(doubtful, confidence=0.3),
            replace(middling, confidence=0.5),
        ),
    )
    app = make_app([article])
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        keypoints = app.screen.query_one(KeyPointList)
        prompts = {}
        for i in range(keypoints.option_count):
            option = keypoints.get_option_at_index(i)
            prompts[int(option.id or 0)] = option.prompt
        assert LOW_CONFIDENCE_STYLE not in _styles(prompts[0])
        assert LOW_CONFIDENCE_STYLE in _styles(prompts[1])
        assert LOW_CONFIDENCE_STYLE not in _styles(prompts[2])  # 0.5 is not below 0.5
        # The dimmed text is the key point itself, not the rank.
        dimmed = [s for s in prompts[1].spans if str(s.style) == LOW_CONFIDENCE_STYLE]
        assert str(prompts[1])[dimmed[0].start : dimmed[0].end] == doubtful.text
