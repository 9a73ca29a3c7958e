"""The model's quick ``__init__`` builds the same objects as the one dataclass wrote."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from briefing import model
from briefing.model import (
    GENERATED_INITS,
    Actor,
    Article,
    KeyPoint,
    Mention,
    Paragraph,
    Section,
    Sentence,
    Span,
    Statement,
)

MENTION = Mention(4, 9, "Smith", "surname")
CASES = [
    (Span, (1, 5), {}),
    (Paragraph, (0, 12), {}),
    (Sentence, (3, 8), {}),
    (Sentence, (3, 8), {"paragraph": 2}),
    (Section, (0, 40), {"title": "Smith: budget, rail", "level": 2, "generated": True}),
    (KeyPoint, (2, 30), {"sentence": 1, "text": "A point.", "score": 0.25, "actors": ("smith",)}),
    (Mention, (4, 9, "Smith", "surname"), {}),
    (Mention, (4, 9), {}),
    (Actor, ("smith", "Ann Smith", "person"), {"mentions": (MENTION,), "salience": 1.5}),
    (Actor, ("smith", "Ann Smith", "person", ("mayor",), ("Smith",), (MENTION,), 1.2, 0.7), {}),
    (Statement, (0, 20), {"speaker": "smith", "cue": Span(10, 14), "contents": (Span(0, 8),)}),
    (Article, ("a", "a.txt", "Ann Smith spoke."), {"title": "T", "sentences": (Sentence(0, 16),)}),
    (model.LoadError, ("a.txt", "empty file"), {}),
    (model.Briefing, ("B",), {}),
]


def _slow(cls: type, args: tuple, kwargs: dict) -> object:
    """The object the generated ``__init__`` makes."""
    obj = object.__new__(cls)
    GENERATED_INITS[cls](obj, *args, **kwargs)
    return obj


@pytest.mark.parametrize(("cls", "args", "kwargs"), CASES)
def test_quick_init_matches_the_generated_one(cls: type, args: tuple, kwargs: dict) -> None:
    quick, slow = cls(*args, **kwargs), _slow(cls, args, kwargs)
    assert type(quick) is type(slow) is cls
    assert quick == slow and repr(quick) == repr(slow) and hash(quick) == hash(slow)
    for f in dataclasses.fields(cls):
        assert getattr(quick, f.name) is getattr(slow, f.name)
    assert pickle.loads(pickle.dumps(quick)) == quick
    assert dataclasses.replace(quick) == quick


def test_every_frozen_model_class_has_the_quick_init() -> None:
    frozen = [
        c
        for c in vars(model).values()
        if isinstance(c, type)
        and dataclasses.is_dataclass(c)
        and c.__module__ == model.__name__
        and c.__dataclass_params__.frozen  # type: ignore[attr-defined]
    ]
    assert frozen and all(c in GENERATED_INITS for c in frozen)
    assert {c for c, _, _ in CASES} == set(frozen)


def test_quick_init_stays_frozen_and_checks_arguments() -> None:
    m = Mention(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        m.start = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Mention(1)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Mention(1, 2, bogus=3)  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        Sentence(1, 2, 3, 4)  # type: ignore[call-arg]
