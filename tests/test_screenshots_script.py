"""packaging/screenshots.py makes one picture per main screen and theme from the real window,
switching it live from light to dark."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from typing import Any

from PIL import Image, ImageStat

ROOT = Path(__file__).resolve().parents[1]
SCREENS = ["home", "roles", "candidates", "candidate", "board", "pipeline", "interviews",
           "offers", "reports", "palette"]


def test_every_main_screen_is_pictured_at_the_size_asked_in_both_themes(
        tmp_path: Path, qtbot: Any) -> None:
    spec = importlib.util.spec_from_file_location("screenshots",
                                                  ROOT / "packaging" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    saved = script.shoot(tmp_path / "Hiring.hirefile", tmp_path, 1024, 700)
    assert [p.stem for p in saved] == ([f"{s}-light" for s in SCREENS]
                                       + [f"{s}-dark" for s in SCREENS])
    previous = None
    for path in saved:
        with Image.open(path) as image:
            assert image.size == (1024, 700), path.name
            grey = image.convert("L")
            spread = ImageStat.Stat(grey).stddev[0]
            assert spread > 20, f"{path.name} looks blank"
            mean = ImageStat.Stat(grey).mean[0]
            pixels = grey.tobytes()
        if path.stem.endswith("-dark"):
            assert mean < 80, f"{path.name} is not dark ({mean:.0f})"
        else:
            assert mean > 180, f"{path.name} is not light ({mean:.0f})"
        assert pixels != previous, f"{path.name} is the same picture as the one before"
        previous = pixels
