"""Hypothesis profiles: a fast, deterministic one for CI and a thorough one for local runs.

CI uses ``ci`` (the default): 50 examples per property, no example database, no
deadline (these machines are noisy). Run ``pytest --hypothesis-profile=thorough``
locally for 2,000 examples per property.
"""

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=50,
    database=None,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile(
    "thorough",
    max_examples=2000,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile("ci")
