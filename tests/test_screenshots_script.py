"""packaging/screenshots.py makes one picture per main screen from the real window."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from PIL import Image, ImageStat

ROOT = Path(__file__).resolve().parents[1]
SCREENS = ["home", "roles", "candidates", "candidate", "board", "pipeline", "interviews",
           "offers", "reports", "palette"]


def test_every_main_screen_is_pictured_at_the_size_asked(tmp_path: Path, qtbot: Any) -> None:
    spec = importlib.util.spec_from_file_location("screenshots",
                                                  ROOT / "packaging" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    saved = script.shoot(tmp_path / "Hiring.hirefile", tmp_path, 1024, 700)
    assert [p.stem for p in saved] == SCREENS
    previous = None
    for path in saved:
        with Image.open(path) as image:
            assert image.size == (1024, 700), path.name
            spread = ImageStat.Stat(image.convert("L")).stddev[0]
            assert spread > 20, f"{path.name} looks blank"
            pixels = image.convert("L").tobytes()
        assert pixels != previous, f"{path.name} is the same picture as the one before"
        previous = pixels
