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
    # Roles: where each role stands
    "Many chances and the customer's trust, but little time and glass between you and the customer": "接触客户多、受客户信任，但时间紧，且隔着柜台玻璃",
    "Many chances and easy to talk to, but no time to spare: while you serve one, the hall waits": "接触客户多、便于沟通，但分身乏术：接待一位时，整个厅堂都在等",
    "Professional, with a private desk, but few chances without referrals": "专业、有独立理财室，但没有转介就少有客源",
    "Sets the local standards, watches each day's referrals and runs the evening meeting": "制定本网点转介标准，每日盯转介，主持夕会",
    # Shell, sign-in, lock, kiosk
    "Local store · branch hub not set up": "本机存储 · 网点服务器未配置",
    "Only a branch head's PIN ends kiosk mode": "仅网点负责人密码可退出全屏锁定",
    "PIN is wrong": "密码错误",
    "Tag a customer": "识别客户",
    "My referrals (%1)": "我的转介（%1）",
    "My role": "岗位职责",
    "Lock": "锁屏",
    "Exit kiosk": "退出全屏锁定",
    "Locked": "已锁屏",
    "%1, enter your PIN to continue": "%1，请输入密码继续",
    "Unlock": "解锁",
    "Someone else: sign out": "换人：退出登录",
    "Leave kiosk mode": "退出全屏锁定",
    "Branch head's PIN": "网点负责人密码",
    "Back": "返回",
    "Exit": "退出",
    "OK": "确定",
    "Clear": "清除",
    "Close": "关闭",
    "Roles and core duties": "岗位与核心职责",
    "you": "我的岗位",
    "The wealth manager desk is not part of this version yet; the lobby screens work for tellers, lobby managers and the branch head.": "理财经理工作台暂未纳入本版本；厅堂界面供柜员、大堂经理和网点负责人使用。",
    # Tagging a customer
    "What did the customer come for?": "客户来办什么业务？",
    "Amount (yuan)": "金额（元）",
    "e.g. 50000 or 5万": "如 50000 或 5万",
    "Clear intent to buy": "有明确购买意向",
    "In a hurry": "赶时间",
    "Featured products the customer asked about": "客户咨询的主推产品",
    "Other products": "其他产品",
    "Flow over the last six months": "近六个月流水",
    "How to address the customer (e.g. 王先生)": "客户称呼（如王先生）",
    "Ticket no. (optional)": "排队号（选填）",
    "Unknown": "不详",
    "Under %1": "%1以下",
    "%1 or more": "%1及以上",
    "Choose what the customer came for": "请选择客户办理的业务",
    "Correct the marked field": "请更正标记的栏目",
    "Meets the referral standards": "符合转介标准",
    "Does not meet the referral standards": "不符合转介标准",
    "Branch standards, version %1": "网点转介标准（第%1版）",
    # Purposes
    "Deposit": "存款",
    "Withdrawal": "取款",
    "Transfer": "转账",
    "Remittance": "汇款",
    "Other service": "其他业务",
    # Rules and verdicts
    "%1 of %2: at least %3": "%1%2：不低于%3",
    "Interested in featured products: %1": "关注主推产品：%1",
    "Six-month flow at least %1": "近六个月流水不低于%1",
    "Branch rule: %1": "网点规则：%1",
    "Simple products only (online banking, mobile banking, SMS alerts): serve in the lobby": "仅涉及简单产品（网银、手机银行、短信通知）：厅堂服务",
    "No referral standard is met: serve in the lobby": "未达任何转介标准：厅堂服务",
    # Presence
    "Available": "空闲",
    "With a customer since %1": "接待中（%1起）",
    "Away": "暂离",
    "Offline": "离线",
    "break": "休息",
    "meeting": "开会",
    "training": "培训",
    # Hand-off
    "Next free wealth manager": "下一位空闲理财经理",
    "All wealth managers are busy. Offer the customer: wait for the next free one, wait for the one they choose (tap a name), or book a time.": "理财经理均在忙。可请客户：等候下一位空闲的理财经理、等候指定的理财经理（点选姓名），或预约时间。",
    "Book a time": "预约时间",
    "Fast-track: head of the queue, urgent alert": "快速通道：排队优先，紧急提醒",
    "Warm note for the wealth manager (optional)": "给理财经理的备注（选填）",
    "Fast-track hand-off": "快速通道转介",
    "Hand off to wealth manager": "转介给理财经理",
    "In a hurry: callback": "赶时间：预约回电",
    "Save without referral": "保存，不转介",
    "Save: served in the lobby": "保存：厅堂服务",
    "%1 will receive the customer · %2": "%1将接待客户 · %2",
    "The customer waits for %1 · %2": "客户等候%1 · %2",
    "No wealth manager on duty: the customer waits until one is back, or book a callback": "暂无理财经理在岗：客户可等候其返回，或预约回电",
    "Next free wealth manager · %1": "下一位空闲理财经理 · %1",
    "%1 available · %2 waiting": "%1人空闲 · %2人等候",
    "Saved: served in the lobby": "已保存：厅堂服务",
    "Saved without referral": "已保存，未转介",
    "The customer": "客户",
    "Sent: %1 will receive %2 · now": "已转介：%1将接待%2 · 即时",
    "Sent: %1 is in the queue · %2": "已转介：%1已排队 · %2",
    # Hand-off states
    "Waiting in the queue": "排队等候",
    "Offered, waiting for the wealth manager": "已派单，待理财经理确认",
    "Accepted": "已接单",
    "Meeting the wealth manager": "理财经理接待中",
    "Converted": "已成交",
    "Not converted": "未成交",
    "Follow-up booked": "已约跟进",
    "Cancelled": "已取消",
    "Callback booked": "已约回电",
    # Callback
    "Book a callback": "预约回电",
    "A wealth manager calls the customer back; a sale from the call still credits you.": "由理财经理回电客户；回电促成的业绩仍计入你的转介。",
    "Phone number": "电话号码",
    "The customer agrees that we keep this number to call back": "客户同意留存此号码用于回电",
    "Preferred time": "方便时间",
    "Note (optional)": "备注（选填）",
    "Book callback": "确认预约",
    "In an hour, %1": "1小时后 %1",
    "Today %1": "今天 %1",
    "Tomorrow %1": "明天 %1",
    "A callback needs a phone number": "预约回电须留电话号码",
    "Callback booked: %1 · %2": "已约回电：%1 · %2",
    # My referrals
    "No referrals yet today. Customers you hand off appear here with what became of them.": "今日暂无转介。你转介的客户及后续结果会显示在这里。",
    "fast-track": "快速通道",
    "Customer left": "客户已离开",
    "Customer": "客户",
    "%1 calls back at %2": "%1将于%2回电",
    "Today: tagged %1 · eligible %2 · referred %3 · converted %4": "今日：识别%1 · 达标%2 · 转介%3 · 成交%4",
    # Waiting time
    "no one on duty": "无人在岗",
    "now": "即时",
    "about %1 min": "约%1分钟",
    # Refusals
    "Numbers only, e.g. 50000 or 5万": "只能填数字，如 50000 或 5万",
    "Must not be negative": "不能为负数",
    "Too large: at most %1": "数额过大：最多%1",
    "At most two decimal places": "最多两位小数",
    "Too long: at most %1 characters": "过长：最多%1个字",
    "Required": "必填",
    "Contains characters that cannot be kept": "含有无法保存的字符",
    "An 11-digit mobile number or a landline with area code": "请填11位手机号或带区号的座机号",
    "Tick the customer's consent before keeping a phone number": "留存电话前须勾选客户同意",
    "Choose a time in the future": "请选择之后的时间",
    "The customer does not meet the standards: serve in the lobby": "客户未达转介标准：请厅堂服务",
    "This customer is already referred": "该客户已转介",
    "This wealth manager is not available": "该理财经理当前不空闲",
    "Already moved on; the list shows its state now": "状态已变更，请以列表为准",
    "Refused: %1": "未能办理：%1",
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
