"""Issue 17, item 8: a settings file is a regular file of bounded size, and its values are
range-checked (--config /dev/zero grew to 7 GB, --config FOLDER was a traceback, max_input_bytes
= -1 was accepted)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from coincide.config import load_settings
from coincide.errors import ConfigError


def test_a_device_as_settings_file_is_refused_at_once():
    # --config /dev/zero grew to 7 GB in 10 s on main: run in a child under a memory cap.
    code = ("import resource; resource.setrlimit(resource.RLIMIT_AS, (400 << 20, 400 << 20))\n"
            "from coincide.config import load_settings\nfrom coincide.errors import ConfigError\n"
            "try:\n    load_settings('/dev/zero')\nexcept ConfigError as exc:\n    print('refused:', exc)\n")
    try:
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    except subprocess.TimeoutExpired:
        pytest.fail("reading /dev/zero as settings did not end")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("refused: /dev/zero: not a regular file")


def test_a_folder_or_a_huge_file_as_settings_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="is a folder"):
        load_settings(tmp_path)
    big = tmp_path / "big.toml"
    big.write_text("# padding\n" * 200_000)
    with pytest.raises(ConfigError, match="not a settings file"):
        load_settings(big)
    fifo = tmp_path / "pipe.toml"
    os.mkfifo(fifo)
    with pytest.raises(ConfigError, match="not a regular file"):
        load_settings(fifo)


@pytest.mark.parametrize("text, message", [
    ("[ingest]\nmax_input_bytes = -1\n", r"\[ingest\] max_input_bytes must be between 1 and"),
    ("[ingest]\nmax_input_bytes = 0\n", "max_input_bytes must be between"),
    ("[ingest]\nmin_english_ratio = 1.5\n", "min_english_ratio must be between 0.0 and 1.0"),
    ("[ingest]\nmin_body_chars = -5\n", "min_body_chars must be between"),
    ("[nlp]\nmax_chunk_chars = 0\n", "max_chunk_chars must be between"),
    ("[output]\nprogress_from = -1\n", "progress_from must be between"),
])
def test_values_out_of_range_are_refused_by_name(tmp_path, text, message):
    path = tmp_path / "range.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_settings(path)


def test_the_cli_names_a_bad_settings_file_without_a_traceback(tmp_path):
    done = subprocess.run([sys.executable, "-m", "coincide", "analyze", "-", "--config", str(tmp_path)],
                          input=b"x", capture_output=True, timeout=300)
    assert done.returncode == 2
    assert b"Traceback" not in done.stderr and b"is a folder" in done.stderr
