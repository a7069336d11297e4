"""urbangov: Vietnam's urban government (chính quyền đô thị) as validated objects."""
__version__ = "0.1.0"
