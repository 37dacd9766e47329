"""The fuzz targets hold on seeds and on hypothesis's bytes; a short atheris run in CI."""

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "fuzz"))

from targets import TARGETS  # noqa: E402

SEEDS = [
    b"",
    b'"',
    b"\xe2\x80\x9c" * 50,
    "“We seized 12\u00a0kg,” she said. Nine people, aged 41, were held.".encode(),
    b"Police said 26 pounds (11.9 kilograms) were seized.\n\n'' Go,'' he said.",
    b'{"format": "provenance/1", "type": "Span", "data": {"start": 1, "end": 0}}',
    b"\xff\xfe\x00\x00 1,1,1,1,1 \r\n\r\n \xc2\xab Non \xc2\xbb",
]


@pytest.mark.parametrize("name", sorted(TARGETS))
@pytest.mark.parametrize("seed", SEEDS, ids=range(len(SEEDS)))
def test_targets_hold_on_seeds(name: str, seed: bytes) -> None:
    """Each target's invariants hold on hand-picked awkward inputs."""
    TARGETS[name](seed)


@pytest.mark.parametrize("name", sorted(TARGETS))
@given(data=st.binary(max_size=400))
def test_targets_hold_on_any_bytes(name: str, data: bytes) -> None:
    """Each target's invariants hold on arbitrary bytes."""
    TARGETS[name](data)


@pytest.mark.skipif(importlib.util.find_spec("atheris") is None, reason="atheris not installed")
@pytest.mark.parametrize("name", sorted(TARGETS))
def test_atheris_smoke_run(name: str) -> None:
    """A short coverage-guided run of each target finds no crash (CI's smoke run)."""
    result = subprocess.run(
        [sys.executable, str(ROOT / "fuzz" / "run.py"), name, "-runs=300", "-seed=1"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
