#!/usr/bin/env python3
"""Draws eng/package/icon.png, the packages' icon: a yellow check mark on a blue rounded square (the Swedish
colours), 128 x 128, anti-aliased by 4 x 4 supersampling. Standard library only, so anyone can redraw it."""
import math
import os
import struct
import zlib

SIZE, SAMPLES = 128, 4
BLUE, YELLOW = (0x00, 0x6A, 0xA7), (0xFE, 0xCC, 0x02)
RADIUS = 24          # corner radius of the square
CHECK = [(34, 66), (56, 88), (96, 42)]   # the check mark's polyline
STROKE = 9           # half its width


def in_rounded_square(x, y):
    cx = min(max(x, RADIUS), SIZE - RADIUS)
    cy = min(max(y, RADIUS), SIZE - RADIUS)
    return (x - cx) ** 2 + (y - cy) ** 2 <= RADIUS ** 2


def distance_to_segment(px, py, a, b):
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    t = max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
    return math.hypot(px - (ax + t * dx), py - (ay + t * dy))


def on_check(x, y):
    return min(distance_to_segment(x, y, CHECK[i], CHECK[i + 1]) for i in range(len(CHECK) - 1)) <= STROKE


def pixel(x, y):
    colour, alpha = [0.0, 0.0, 0.0], 0
    for sy in range(SAMPLES):
        for sx in range(SAMPLES):
            px, py = x + (sx + 0.5) / SAMPLES, y + (sy + 0.5) / SAMPLES
            if in_rounded_square(px, py):
                c = YELLOW if on_check(px, py) else BLUE
                colour = [colour[i] + c[i] for i in range(3)]
                alpha += 1
    if alpha == 0:
        return (0, 0, 0, 0)
    return tuple(round(v / alpha) for v in colour) + (round(255 * alpha / SAMPLES ** 2),)


def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


rows = b"".join(b"\x00" + bytes(v for x in range(SIZE) for v in pixel(x, y)) for y in range(SIZE))
png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", SIZE, SIZE, 8, 6, 0, 0, 0))
       + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "icon.png"), "wb") as f:
    f.write(png)
print(f"wrote eng/package/icon.png: {len(png)} bytes")
