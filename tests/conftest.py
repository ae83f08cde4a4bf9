"""Shared fixtures. Tests that need ../shared (gold, data sets, tools) skip when it is absent."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
EXAMPLE = REPO / "examples" / "syria-g8-2013.txt"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, or a skip saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: this test needs the shared data next to the repository")
    return path


@pytest.fixture(scope="session")
def settings():
    from coincide.config import load_settings

    return load_settings()


@pytest.fixture(scope="session")
def nlp(settings):
    """The whole coincide pipeline on the real model, loaded once per test session."""
    from coincide.pipeline import get_nlp

    return get_nlp(settings)
