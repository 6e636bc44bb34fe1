"""Fill the zh_CN .ts file from the table below, then build the .qm files.

Run after `pyside6-lupdate` (see tools/update_translations.sh). Strings missing from the table stay
unfinished, and the translation test fails on them.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ZH = {
    "Teller": "柜员",
    "Lobby manager": "大堂经理",
    "Wealth manager": "理财经理",
    "Branch head": "网点负责人",
    "Serve fast; refer at the right moment": "高效快速办理业务，适时转介",
    "Identify and recommend; guide and divert": "识别推荐，引导分流",
    "Service marketing and customer relationships": "服务营销，客户关系管理",
    "Coach, set the standards, watch the day, run the credit split": "辅导各岗、制定标准、盯每日转介、主持分润",
    "Staff number or PIN is wrong": "工号或密码错误",
    "Lobby referral": "厅堂转介",
    "Sign in": "登录",
    "Staff number": "工号",
    "PIN": "密码",
    "Signed in: %1 · %2": "已登录：%1 · %2",
    "Core duty: %1": "核心岗责：%1",
    "Sign out": "退出登录",
}


def main(ts_path: Path) -> int:
    tree = ET.parse(ts_path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        if source in ZH:
            translation.text = ZH[source]
            translation.attrib.pop("type", None)
        else:
            missing.append(source)
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for source in missing:
        print(f"untranslated: {source!r}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1])))
