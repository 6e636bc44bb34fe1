#!/usr/bin/env bash
# Extract every qsTr/translate string, fill zh_CN from tools/translate_zh.py, build the .qm files.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=.venv/bin
sources=(ui/*.qml lobby_app/gui/*.py)
for lang in zh_CN; do
    "$bin/pyside6-lupdate" -no-obsolete "${sources[@]}" -ts "resources/translations/lobby_$lang.ts"
done
"$bin/python" tools/translate_zh.py resources/translations/lobby_zh_CN.ts
"$bin/pyside6-lrelease" resources/translations/lobby_zh_CN.ts -qm resources/translations/lobby_zh_CN.qm
