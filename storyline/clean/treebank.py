"""Penn Treebank escapes in tokenised text, read back as the characters they stand for, offsets intact.

Corpora such as Timeline17 ship their text PTB-tokenised: "NOAA -LRB- the National Oceanic ... -RRB-",
"Gerald Herbert\\/AP". Left as they are, the sentence splitter cuts at "-LRB-", the tagger makes "RRB" a
name and a dateline reads "Reuters -RRB- -". The cleaner reads them back the only way its offset map
allows: one character of each token is replaced one-for-one by the bracket it stands for ("(" is the
first "-" of "-LRB-", ")" the last "-" of "-RRB-", so a span over "( ... )" maps back over both whole
tokens) and the rest of the token is dropped; in "\\/" and "\\*" the backslash is dropped. Only the six
bracket tokens, in upper case and standing as words, are read: "-LRB-" inside a word is left alone.
`` and '' quote marks are left as they are: the quote and sentence rules read them as quotes.
"""

from __future__ import annotations

import re

from storyline.clean.offsets import Cut

_OPEN = {"-LRB-": "(", "-LSB-": "[", "-LCB-": "{"}
_CLOSE = {"-RRB-": ")", "-RSB-": "]", "-RCB-": "}"}
_TOKEN = re.compile(r"(?<![\w-])-(?:LRB|RRB|LSB|RSB|LCB|RCB)-(?![\w-])")
_ESCAPE = re.compile(r"\\(?=[/*])")
REASON = "treebank token"


def read_treebank(work: str) -> tuple[str, list[Cut]]:
    """`work` with PTB tokens read back (same length, same offsets) and the cuts that finish the reading.

    Each bracket token's kept character is replaced by its bracket; the cuts drop the rest of every token
    and the backslash of each escape.
    """
    if "-" not in work and "\\" not in work:
        return work, []
    chars = list(work)
    cuts: list[Cut] = []
    for match in _TOKEN.finditer(work):
        token, start, end = match.group(0), match.start(), match.end()
        if token in _OPEN:
            chars[start] = _OPEN[token]
            cuts.append((start + 1, end, REASON))
        else:
            chars[end - 1] = _CLOSE[token]
            cuts.append((start, end - 1, REASON))
    cuts.extend((m.start(), m.end(), REASON) for m in _ESCAPE.finditer(work))
    return "".join(chars), cuts
