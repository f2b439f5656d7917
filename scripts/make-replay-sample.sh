#!/usr/bin/env bash
# Makes server/assets/replay-sample.mp4, the short sample replay that the seeded livestreams play (committed, so
# CI and `npm start` need no ffmpeg). Six 5-second chapters, each with its title and a running clock on screen, so
# a chapter jump is visible. Needs Debian's ffmpeg and fonts-noto-cjk: apt-get install -y ffmpeg fonts-noto-cjk
set -euo pipefail
cd "$(dirname "$0")/.."
font=$(fc-match -f '%{file}' 'Noto Sans CJK SC:style=Bold')
out=server/assets/replay-sample.mp4
titles=('第 1 段：开场' '第 2 段：谁能申请' '第 3 段：要带什么材料' '第 4 段：去哪里办' '第 5 段：多久有结果' '第 6 段：观众提问')
filters="drawbox=x=0:y=0:w=iw:h=56:color=0x0b6e4f:t=fill,drawtext=fontfile=${font}:text='助联 · 示例回放':fontcolor=white:fontsize=30:x=24:y=12"
for i in "${!titles[@]}"; do
  from=$((i * 5))
  to=$((from + 5))
  filters+=",drawtext=fontfile=${font}:text='${titles[$i]}':fontcolor=0x1f2329:fontsize=44:x=(w-text_w)/2:y=(h-text_h)/2-20:enable='between(t,${from},${to})'"
done
filters+=",drawtext=fontfile=${font}:text='%{pts\\:hms}':fontcolor=0x4e5865:fontsize=28:x=(w-text_w)/2:y=h-70"
ffmpeg -y -hide_banner -loglevel error \
  -f lavfi -i "color=c=0xf5f6f7:s=640x360:r=15:d=30" \
  -f lavfi -i "sine=frequency=440:sample_rate=22050:duration=30,volume=0.15" \
  -vf "$filters" \
  -c:v libx264 -profile:v baseline -level 3.0 -pix_fmt yuv420p -preset veryslow -crf 30 -g 15 \
  -c:a aac -b:a 32k -ac 1 \
  -movflags +faststart -metadata title='助联示例回放' \
  "$out"
ls -l "$out"
