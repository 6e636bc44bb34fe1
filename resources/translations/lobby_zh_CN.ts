<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="12" />
        <source>Lobby referral</source>
        <translation>厅堂转介</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="25" />
        <location filename="../../ui/Main.qml" line="59" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="32" />
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="41" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="78" />
        <source>Signed in: %1 · %2</source>
        <translation>已登录：%1 · %2</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="84" />
        <source>Core duty: %1</source>
        <translation>核心岗责：%1</translation>
    </message>
    <message>
        <location filename="../../ui/Main.qml" line="90" />
        <source>Sign out</source>
        <translation>退出登录</translation>
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
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="74" />
        <source>Staff number or PIN is wrong</source>
        <translation>工号或密码错误</translation>
    </message>
</context>
</TS>