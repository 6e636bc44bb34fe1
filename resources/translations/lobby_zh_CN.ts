<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name />
    <message>
        <location filename="../../lobby_app/gui/callback_vm.py" line="53" />
        <source>In an hour, %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/callback_vm.py" line="56" />
        <source>Today %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/callback_vm.py" line="60" />
        <source>Tomorrow %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/callback_vm.py" line="76" />
        <source>A callback needs a phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/callback_vm.py" line="158" />
        <source>Callback booked: %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="104" />
        <source>%1 will receive the customer · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="108" />
        <source>The customer waits for %1 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="110" />
        <source>No wealth manager on duty: the customer waits until one is back, or book a callback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="112" />
        <source>Next free wealth manager · %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="116" />
        <source>%1 available · %2 waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="194" />
        <source>Saved: served in the lobby</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="194" />
        <source>Saved without referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="203" />
        <source>The customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="205" />
        <source>Sent: %1 will receive %2 · now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="207" />
        <source>Sent: %1 is in the queue · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="51" />
        <source>Customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="56" />
        <source>%1 calls back at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="61" />
        <source>Customer left</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="86" />
        <source>Today: tagged %1 · eligible %2 · referred %3 · converted %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="124" />
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="125" />
        <source>Under %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="126" />
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="127" />
        <source>%1 or more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="143" />
        <source>Choose what the customer came for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="144" />
        <source>Correct the marked field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="145" />
        <source>Meets the referral standards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="146" />
        <source>Does not meet the referral standards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="159" />
        <source>Branch standards, version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="36" />
        <source>Purpose</source>
        <comment>Deposit</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="37" />
        <source>Purpose</source>
        <comment>Withdrawal</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="38" />
        <source>Purpose</source>
        <comment>Transfer</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="39" />
        <source>Purpose</source>
        <comment>Remittance</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="40" />
        <source>Purpose</source>
        <comment>Other service</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="58" />
        <source>Rule</source>
        <comment>%1 of %2: at least %3</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="64" />
        <source>Rule</source>
        <comment>Interested in featured products: %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="66" />
        <source>Rule</source>
        <comment>Six-month flow at least %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="68" />
        <source>Rule</source>
        <comment>Branch rule: %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="73" />
        <source>Verdict</source>
        <comment>Simple products only (online banking, mobile banking, SMS alerts): serve in the lobby</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="74" />
        <source>Verdict</source>
        <comment>No referral standard is met: serve in the lobby</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="79" />
        <source>Presence</source>
        <comment>Available</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="81" />
        <source>Presence</source>
        <comment>With a customer since %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="84" />
        <source>Presence</source>
        <comment>Away</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="85" />
        <source>Presence</source>
        <comment>Offline</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="90" />
        <source>Presence</source>
        <comment>break</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="91" />
        <source>Presence</source>
        <comment>meeting</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="92" />
        <source>Presence</source>
        <comment>training</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="98" />
        <source>Handoff</source>
        <comment>Waiting in the queue</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="99" />
        <source>Handoff</source>
        <comment>Offered, waiting for the wealth manager</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="100" />
        <source>Handoff</source>
        <comment>Accepted</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="101" />
        <source>Handoff</source>
        <comment>Meeting the wealth manager</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="102" />
        <source>Handoff</source>
        <comment>Converted</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="103" />
        <source>Handoff</source>
        <comment>Not converted</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="104" />
        <source>Handoff</source>
        <comment>Follow-up booked</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="105" />
        <source>Handoff</source>
        <comment>Cancelled</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="106" />
        <source>Handoff</source>
        <comment>Callback booked</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="114" />
        <source>Error</source>
        <comment>Numbers only, e.g. 50000 or 5万</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="115" />
        <source>Error</source>
        <comment>Must not be negative</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="116" />
        <source>Error</source>
        <comment>Too large: at most %1</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="117" />
        <source>Error</source>
        <comment>At most two decimal places</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="118" />
        <source>Error</source>
        <comment>Too long: at most %1 characters</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="119" />
        <source>Error</source>
        <comment>Required</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="120" />
        <source>Error</source>
        <comment>Contains characters that cannot be kept</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="121" />
        <source>Error</source>
        <comment>An 11-digit mobile number or a landline with area code</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="122" />
        <source>Error</source>
        <comment>Tick the customer's consent before keeping a phone number</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="123" />
        <source>Error</source>
        <comment>Choose a time in the future</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="124" />
        <source>Error</source>
        <comment>The customer does not meet the standards: serve in the lobby</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="125" />
        <source>Error</source>
        <comment>This customer is already referred</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="126" />
        <source>Error</source>
        <comment>This wealth manager is not available</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="127" />
        <source>Error</source>
        <comment>Already moved on; the list shows its state now</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="129" />
        <source>Error</source>
        <comment>Refused: %1</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CallbackSheet</name>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="30" />
        <source>Book a callback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="36" />
        <source>A wealth manager calls the customer back; a sale from the call still credits you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="45" />
        <source>How to address the customer (e.g. 王先生)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="55" />
        <source>Phone number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="64" />
        <source>The customer agrees that we keep this number to call back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="71" />
        <source>Preferred time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="90" />
        <source>Note (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="103" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="110" />
        <source>Book callback</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../ui/DeskPage.qml" line="21" />
        <source>Core duty: %1</source>
        <translation>核心岗责：%1</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="28" />
        <source>The wealth manager desk is not part of this version yet; the lobby screens work for tellers, lobby managers and the branch head.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="28" />
        <source>Next free wealth manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="102" />
        <source>All wealth managers are busy. Offer the customer: wait for the next free one, wait for the one they choose (tap a name), or book a time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="111" />
        <source>Book a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="121" />
        <source>Fast-track: head of the queue, urgent alert</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="131" />
        <source>Warm note for the wealth manager (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="172" />
        <source>Fast-track hand-off</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="172" />
        <source>Hand off to wealth manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="184" />
        <source>In a hurry: callback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="195" />
        <source>Save without referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="195" />
        <source>Save: served in the lobby</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../ui/Keypad.qml" line="17" />
        <source>Clear</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KioskExit</name>
    <message>
        <location filename="../../ui/KioskExit.qml" line="20" />
        <source>Leave kiosk mode</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/KioskExit.qml" line="28" />
        <source>Branch head's PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/KioskExit.qml" line="40" />
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/KioskExit.qml" line="47" />
        <source>Exit</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LobbyPage</name>
    <message>
        <location filename="../../ui/LobbyPage.qml" line="55" />
        <source>OK</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/LockScreen.qml" line="20" />
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/LockScreen.qml" line="27" />
        <source>%1, enter your PIN to continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/LockScreen.qml" line="37" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/LockScreen.qml" line="54" />
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/LockScreen.qml" line="64" />
        <source>Someone else: sign out</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="22" />
        <location filename="../../ui/Main.qml" line="44" />
        <source>Lobby referral</source>
        <translation>厅堂转介</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="53" />
        <source>Tag a customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="60" />
        <source>My referrals (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="75" />
        <source>My role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="89" />
        <source>Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="121" />
        <source>Exit kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="96" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
</context>
<context>
    <name>MyReferralsPage</name>
    <message>
        <location filename="../../ui/MyReferralsPage.qml" line="25" />
        <source>No referrals yet today. Customers you hand off appear here with what became of them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MyReferralsPage.qml" line="70" />
        <source>fast-track</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/MyReferralsPage.qml" line="102" />
        <source>Customer left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RoleCard</name>
    <message>
        <location filename="../../ui/RoleCard.qml" line="20" />
        <source>Roles and core duties</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/RoleCard.qml" line="42" />
        <source>you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/RoleCard.qml" line="48" />
        <source>Core duty: %1</source>
        <translation>核心岗责：%1</translation>
    </message>
    <message>
        <location filename="../../ui/RoleCard.qml" line="66" />
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="15" />
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="16" />
        <source>Lobby manager</source>
        <translation>大堂经理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="17" />
        <source>Wealth manager</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="18" />
        <source>Branch head</source>
        <translation>网点负责人</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="25" />
        <source>Serve fast; refer at the right moment</source>
        <translation>高效快速办理业务，适时转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="26" />
        <source>Identify and recommend; guide and divert</source>
        <translation>识别推荐，引导分流</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="27" />
        <source>Service marketing and customer relationships</source>
        <translation>服务营销，客户关系管理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="28" />
        <source>Coach, set the standards, watch the day, run the credit split</source>
        <translation>辅导各岗、制定标准、盯每日转介、主持分润</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="37" />
        <source>Many chances and the customer's trust, but little time and glass between you and the customer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="40" />
        <source>Many chances and easy to talk to, but no time to spare: while you serve one, the hall waits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="43" />
        <source>Professional, with a private desk, but few chances without referrals</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="46" />
        <source>Sets the local standards, watches each day's referrals and runs the evening meeting</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="38" />
        <source>Local store · branch hub not set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="65" />
        <source>Only a branch head's PIN ends kiosk mode</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="120" />
        <source>Staff number or PIN is wrong</source>
        <translation>工号或密码错误</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="148" />
        <source>PIN is wrong</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/SignInPage.qml" line="16" />
        <source>Lobby referral</source>
        <translation>厅堂转介</translation>
    </message>
    <message>
        <location filename="../../ui/SignInPage.qml" line="23" />
        <location filename="../../ui/SignInPage.qml" line="56" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/SignInPage.qml" line="31" />
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/SignInPage.qml" line="40" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <location filename="../../ui/TagForm.qml" line="12" />
        <source>What did the customer come for?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="38" />
        <source>Amount (yuan)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="43" />
        <source>e.g. 50000 or 5万</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="71" />
        <source>Clear intent to buy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="78" />
        <source>In a hurry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="91" />
        <source>Featured products the customer asked about</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="106" />
        <source>Other products</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="123" />
        <source>Flow over the last six months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="150" />
        <source>How to address the customer (e.g. 王先生)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="163" />
        <source>Ticket no. (optional)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Wait</name>
    <message>
        <location filename="../../lobby_app/gui/formatting.py" line="48" />
        <source>no one on duty</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/formatting.py" line="51" />
        <source>now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../lobby_app/gui/formatting.py" line="52" />
        <source>about %1 min</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>