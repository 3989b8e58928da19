"""Child process: synthesise one utterance with pyttsx3 to a WAV file.

Reads {"text", "lang", "path", "rate", "pitch"} as JSON on stdin, writes the
file and exits (0: written). Run by callcenter.training.speech only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from callcenter.training.speech import pick_voice


def main() -> int:
    request = json.loads(sys.stdin.read())
    import pyttsx3

    engine = pyttsx3.init("espeak")
    voices = [(v.id, list(v.languages or [])) for v in engine.getProperty("voices")]
    voice = pick_voice(voices, request["lang"])
    if voice is None:
        print(f"no voice for {request['lang']} in the speech engine", file=sys.stderr)
        return 3
    # Set the voice at once on the driver: through the engine's command queue they race
    # with the synthesis and are sometimes applied too late (default rate).
    driver = getattr(getattr(engine, "proxy", None), "_driver", engine)
    driver.setProperty("voice", voice)
    driver.setProperty("rate", int(request.get("rate", 170)))
    try:
        driver.setProperty("pitch", int(request.get("pitch", 50)))
    except Exception:  # older drivers have no pitch: the voice's own pitch is fine
        pass
    path = Path(request["path"])
    for _attempt in range(3):  # the espeak run loop now and then ends before it writes the file
        path.unlink(missing_ok=True)
        engine.save_to_file(request["text"], str(path))
        engine.runAndWait()
        if path.exists() and path.stat().st_size > 44:
            print(json.dumps({"voice": voice}), file=sys.stderr)
            return 0
    print("the speech engine produced no sound", file=sys.stderr)
    return 4


if __name__ == "__main__":
    raise SystemExit(main())
