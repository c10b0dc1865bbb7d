"""Character classes shared by the text repairs."""

# CJK Unified Ideographs with extensions A and B-G, compatibility ideographs and 〇.
HAN = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"

# Geometric shapes (◆ ◇ △ ■), dingbats, miscellaneous symbols and emoji that mirrors sprinkle
# between characters (a bullet opening a line is not between characters, and stays).
DECORATIVE = "\u25a0-\u25ff\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff"

# Chinese text and the punctuation and arrows (`→` separates breadcrumbs) printed beside it.
CHINESE_CONTEXT = f"{HAN}\u3000-\u303f\uff00-\uffef\u2010-\u206f\u2190-\u21ff"
