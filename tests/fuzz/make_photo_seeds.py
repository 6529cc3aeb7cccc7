#!/usr/bin/python3
"""Makes the seed corpus of fuzz_photo in tests/data/photos: small real JPEGs and PNGs of the
kinds the planner meets, with and without EXIF, in every orientation. A file whose name starts
with "damaged-" must be refused (tests/planner/images_corpus_test.cpp). Files the fuzzer found
are kept in tests/data/photos/fuzz-found by hand.

Run once by hand when the corpus should change (the files are committed; building and testing
do not need this script). Needs Debian's python3-pil and libjpeg-turbo-progs (cjpeg).
"""
import io
import struct
import subprocess
import sys
import zlib
from pathlib import Path

from PIL import Image, ImageDraw

OUT = Path(__file__).resolve().parent.parent / "data" / "photos"


def picture(width=24, height=16):
    """A gradient with a red top-left and a green top-right corner."""
    img = Image.new("RGB", (width, height))
    img.putdata([(40 + 200 * x // width, 60 + 150 * y // height, 120) for y in range(height) for x in range(width)])
    draw = ImageDraw.Draw(img)
    side = max(2, min(width, height) // 4)
    draw.rectangle([0, 0, side - 1, side - 1], fill=(220, 30, 30))
    draw.rectangle([width - side, 0, width - 1, side - 1], fill=(30, 190, 40))
    return img


def exif_bytes(orientation=None):
    """An Exif block as Pillow writes it (Motorola order, behind the JFIF segment)."""
    exif = Image.Exif()
    exif[0x010F] = "Dagritme"
    if orientation:
        exif[0x0112] = orientation
    return exif.tobytes()


def exif_by_hand(orientation, gps=False, little=False):
    """An Exif payload written by hand in either byte order, with a GPS IFD when asked."""
    e = "<" if little else ">"
    entries = 1 + (1 if gps else 0)
    gps_at = 8 + 2 + 12 * entries + 4
    tiff = (b"II\x2a\x00" if little else b"MM\x00\x2a") + struct.pack(e + "I", 8) + struct.pack(e + "H", entries)
    tiff += struct.pack(e + "HHIH", 0x0112, 3, 1, orientation) + b"\x00\x00"
    if gps:
        tiff += struct.pack(e + "HHII", 0x8825, 4, 1, gps_at)
    tiff += struct.pack(e + "I", 0)
    if gps:
        latitude_at = gps_at + 2 + 12 * 4 + 4
        tiff += struct.pack(e + "H", 4)
        tiff += struct.pack(e + "HHI", 1, 2, 2) + b"N\x00\x00\x00"
        tiff += struct.pack(e + "HHII", 2, 5, 3, latitude_at)
        tiff += struct.pack(e + "HHI", 3, 2, 2) + b"E\x00\x00\x00"
        tiff += struct.pack(e + "HHII", 4, 5, 3, latitude_at + 24)
        tiff += struct.pack(e + "I", 0)
        tiff += struct.pack(e + "6I", 52, 1, 5, 1, 2650, 100) + struct.pack(e + "6I", 5, 1, 7, 1, 1700, 100)
    return b"Exif\x00\x00" + tiff


def with_app1(jpeg, payload):
    return jpeg[:2] + b"\xff\xe1" + struct.pack(">H", len(payload) + 2) + payload + jpeg[2:]


def jpeg(img, **options):
    out = io.BytesIO()
    img.save(out, "JPEG", **options)
    return out.getvalue()


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png_by_hand(img, sixteen_bit=False, interlaced=False):
    """RGB PNGs that Pillow does not write: 16 bits a channel, or Adam7 interlaced."""
    width, height = img.size
    pixels = img.load()

    def sample(x, y):
        return b"".join(bytes([v, v]) if sixteen_bit else bytes([v]) for v in pixels[x, y])

    def rows(xs, ys):
        return b"".join(b"\x00" + b"".join(sample(x, y) for x in xs) for y in ys)

    if interlaced:
        passes = [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
        raw = b"".join(rows(range(x0, width, dx), range(y0, height, dy))
                       for x0, y0, dx, dy in passes if x0 < width and y0 < height)
    else:
        raw = rows(range(width), range(height))
    header = struct.pack(">IIBBBBB", width, height, 16 if sixteen_bit else 8, 2, 0, 0, 1 if interlaced else 0)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", header) + png_chunk(b"IDAT", zlib.compress(raw, 9))
            + png_chunk(b"IEND", b""))


def png(img, **options):
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True, **options)
    return out.getvalue()


def cjpeg(img, *arguments):
    ppm = io.BytesIO()
    img.save(ppm, "PPM")
    return subprocess.run(["cjpeg", *arguments], input=ppm.getvalue(), capture_output=True, check=True).stdout


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    img = picture()
    seeds = {
        "plain.jpg": jpeg(img, quality=80),
        "plain-444.jpg": jpeg(img, quality=95, subsampling=0),
        "progressive.jpg": jpeg(img, quality=80, progressive=True),
        "gray.jpg": jpeg(img.convert("L"), quality=80),
        "cmyk.jpg": jpeg(img.convert("CMYK"), quality=80),
        "restart-markers.jpg": cjpeg(img, "-quality", "80", "-restart", "1B"),
        "exif-gps-mm.jpg": with_app1(jpeg(img, quality=80), exif_by_hand(6, gps=True)),
        "exif-gps-ii.jpg": with_app1(jpeg(img, quality=80), exif_by_hand(8, gps=True, little=True)),
        "exif-no-orientation.jpg": jpeg(img, quality=80, exif=exif_bytes()),
        "damaged-exif-ifd-offset-ffffffff.jpg": with_app1(jpeg(img, quality=80), b"Exif\x00\x00MM\x00\x2a\xff\xff\xff\xff"),
        "wide-scaled.jpg": jpeg(picture(1100, 12), quality=60),
        "plain.png": png(img),
        "rgba.png": png(img.convert("RGBA")),
        "gray.png": png(img.convert("L")),
        "gray-alpha.png": png(img.convert("LA")),
        "palette.png": png(img.convert("P", palette=Image.ADAPTIVE, colors=16)),
        "palette-transparent.png": png(img.convert("P", palette=Image.ADAPTIVE, colors=16), transparency=0),
        "exif.png": png(img, exif=exif_bytes(6)),
        "rgb16.png": png_by_hand(img, sixteen_bit=True),
        "interlaced.png": png_by_hand(img, interlaced=True),
        "tall-scaled.png": png(picture(10, 1100)),
    }
    for orientation in range(1, 9):
        seeds[f"exif-orientation-{orientation}.jpg"] = jpeg(img, quality=80, exif=exif_bytes(orientation))
    for name, data in sorted(seeds.items()):
        (OUT / name).write_bytes(data)
    print(f"{len(seeds)} seeds, {sum(len(d) for d in seeds.values())} bytes in {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
