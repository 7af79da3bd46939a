"""translate-tool: detect, translate, align and review Spanish-English news text."""

__version__ = "0.1.0"
