"""itbverify: prove intrathecal baclofen therapy safe against its label, or show exactly how it is not."""

__version__ = "0.1.0"
