"""Write the two alert chimes in resources/sounds (run once; the WAV files are committed).

A handoff plays a soft two-note chime; a fast-track one a brighter three-note chime. Plain 16-bit
mono PCM, which QSoundEffect plays on every platform without a codec.
"""

from __future__ import annotations

import math
import struct
import wave
from pathlib import Path

RATE = 22_050
OUT = Path(__file__).resolve().parent.parent / "resources" / "sounds"


def note(freq: float, seconds: float, volume: float = 0.35) -> list[int]:
    n = int(RATE * seconds)
    # A bell-like decay, with a 5 ms fade-in against clicks.
    envelope = [min(1.0, i / (RATE * 0.005)) * math.exp(-4 * i / n) for i in range(n)]
    return [int(32767 * volume * e * math.sin(2 * math.pi * freq * i / RATE)) for i, e in enumerate(envelope)]


def write(name: str, notes: list[tuple[float, float]]) -> None:
    samples = [s for freq, length in notes for s in note(freq, length)]
    with wave.open(str(OUT / name), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(struct.pack(f"<{len(samples)}h", *samples))


if __name__ == "__main__":
    OUT.mkdir(parents=True, exist_ok=True)
    write("handoff.wav", [(784.0, 0.22), (1046.5, 0.38)])  # G5, C6
    write("urgent.wav", [(1046.5, 0.15), (1318.5, 0.15), (1568.0, 0.35)])  # C6, E6, G6
