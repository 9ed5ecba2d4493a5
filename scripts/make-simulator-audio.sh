#!/usr/bin/env bash
# Regenerates the simulator's MP3 clips (Ispecia.Voip.Core/Simulator/Audio/*.mp3). The simulator builds MP3
# recordings of any length by repeating these clips' MPEG frames, so they are encoded without a bit reservoir
# (--nores: every frame decodes on its own) and without a Xing/Info header (-t). Needs sox and lame (Debian).
set -euo pipefail
out="$(dirname "$0")/../Ispecia.Voip.Core/Simulator/Audio"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# "Voices": two harmonic tones with a syllable-rate tremolo, one per party, 2 s each.
sox -n -r 16000 -c 1 -b 16 "$tmp/caller.wav" synth 2 sine 150 sine 300 sine 450 tremolo 4 90 gain -6
sox -n -r 16000 -c 1 -b 16 "$tmp/agent.wav" synth 2 sine 210 sine 420 sine 630 tremolo 3 90 gain -6
sox -M "$tmp/caller.wav" "$tmp/agent.wav" "$tmp/dual.wav"
lame --quiet --nores -t -b 32 -m m "$tmp/caller.wav" "$out/mono.mp3"
lame --quiet --nores -t -b 32 -m s "$tmp/dual.wav" "$out/dual.mp3"
ls -l "$out"
