"""Actor extraction: who is involved in an article, with every mention explained.

Start at :mod:`briefing.analyse.actors.extract` (:func:`extract_actors`), which runs
the stages top down. The modules, in the order a text meets them:

- ``tokens``: the candidate regex, words and typed segments; ``context``: the words
  around a candidate; ``lookup``: what the gazetteer says about a word.
- ``segment`` cuts a candidate into segments by a plan made once per candidate text
  (``cutter`` writes its steps), ``chunks`` makes them and ``classify`` types unknown
  chunks; ``teams`` and ``headlines`` handle results lines, ALL-CAPS
  lines, headlines and datelines.
- ``cast`` holds the drafts, ``resolve`` merges segments into them, ``references``
  adds "the alliance"-style mentions, ``variants`` and ``identity`` settle spellings and
  shared forms, ``rank`` turns them into actors.
- ``gazetteer`` compiles ``data/gazetteer.yaml``; ``gazetteer_cache`` loads it
  (:func:`~briefing.analyse.actors.gazetteer_cache.load_gazetteer`) through a cache
  on disk. ``words`` holds the word lists only these rules use; general English is in
  :mod:`briefing.analyse.english`.
"""
