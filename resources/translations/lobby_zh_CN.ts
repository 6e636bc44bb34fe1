<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Admin</name>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="74" />
        <source>Everyone</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="81" />
        <source>All devices</source>
        <translation>所有设备</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="116" />
        <source>Valid until %1, for one device</source>
        <translation>有效至%1，仅限一台设备</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="127" />
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="131" />
        <source>Revoked</source>
        <translation>已吊销</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="142" />
        <source>The day must be written YYYY-MM-DD</source>
        <translation>日期请写成YYYY-MM-DD</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="161" />
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="162" />
        <source>Accepted request</source>
        <translation>已接受的请求</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="163" />
        <source>Refused request</source>
        <translation>被拒绝的请求</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="209" />
        <source>Could not save: %1</source>
        <translation>未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="211" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="232" />
        <source>The branch hub cannot be reached: try again when it can</source>
        <translation>连不上网点服务器，请稍后再试</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="245" />
        <source>Tagged a customer</source>
        <translation>识别客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="246" />
        <source>Referred a customer</source>
        <translation>转介客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="247" />
        <source>Offered to a wealth manager</source>
        <translation>推送给理财经理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="248" />
        <source>Accepted a customer</source>
        <translation>接受客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="249" />
        <source>Declined a customer</source>
        <translation>暂不接待客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="250" />
        <source>Offer went back to the queue</source>
        <translation>退回排队</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="251" />
        <source>Offer unanswered: passed on</source>
        <translation>无人应答，已改派</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="252" />
        <source>Met the customer</source>
        <translation>面谈客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="253" />
        <source>Recorded an outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="254" />
        <source>Cancelled a referral</source>
        <translation>取消转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="255" />
        <source>Booked a callback</source>
        <translation>预约回电</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="256" />
        <source>Callback not answered</source>
        <translation>回电未接通</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="257" />
        <source>Changed availability</source>
        <translation>更改在岗状态</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="258" />
        <source>Changed the response time (s)</source>
        <translation>修改响应时限（秒）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="259" />
        <source>Changed the coaching period (days)</source>
        <translation>修改辅导期（天）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="260" />
        <source>Changed how long customer data is kept (days)</source>
        <translation>修改客户信息保留期（天）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="261" />
        <source>Split the credit</source>
        <translation>分配分润</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="262" />
        <source>Credit sent to exceptions</source>
        <translation>分润转入例外待分配</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="263" />
        <source>Allocated an exception</source>
        <translation>分配例外</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="264" />
        <source>Closed a credit month</source>
        <translation>月度结账</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="265" />
        <source>Changed the referral standards</source>
        <translation>修改转介标准</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="266" />
        <source>Changed the credit phases</source>
        <translation>修改分润阶段</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="267" />
        <source>Purged customers' personal data</source>
        <translation>清除客户个人信息</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="268" />
        <location filename="../../lobby_app/gui/admin_vm.py" line="269" />
        <source>Added a colleague</source>
        <translation>添加同事</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="270" />
        <source>Changed a colleague's role</source>
        <translation>调整同事岗位</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="271" />
        <source>Gave a colleague a new PIN</source>
        <translation>为同事重设密码</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="272" />
        <source>Deactivated a colleague</source>
        <translation>停用同事</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="273" />
        <source>Changed their PIN</source>
        <translation>修改本人密码</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="274" />
        <source>Locked after wrong PINs</source>
        <translation>密码错误次数过多被锁定</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="275" />
        <source>Registered a device</source>
        <translation>登记设备</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="276" />
        <source>Branch set up</source>
        <translation>建立网点</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="277" />
        <source>Sign-in at the hub</source>
        <translation>在服务器登录</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="278" />
        <source>PIN change at the hub</source>
        <translation>在服务器修改密码</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="279" />
        <source>Sent changes</source>
        <translation>发送变更</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="280" />
        <source>Fetched changes</source>
        <translation>获取变更</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="281" />
        <source>Enrolment of a device</source>
        <translation>设备接入</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="282" />
        <source>Enrolment code</source>
        <translation>接入码</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="283" />
        <source>Kiosk exit</source>
        <translation>退出全屏锁定</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="301" />
        <source>Referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="302" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="303" />
        <source>Callback</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="304" />
        <source>Availability</source>
        <translation>在岗状态</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="305" />
        <source>Colleague</source>
        <translation>同事</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="306" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="307" />
        <source>Standards</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="308" />
        <source>Credit phases</source>
        <translation>分润阶段</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="309" />
        <source>Credit</source>
        <translation>业绩分润</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="310" />
        <source>Branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="328" />
        <source>Your sign-in has ended: sign in again</source>
        <translation>登录已结束，请重新登录</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="330" />
        <source>Only the branch head may do this</source>
        <translation>只有网点负责人可以这样做</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="332" />
        <source>A device's name has 1 to 40 characters</source>
        <translation>设备名称须为1至40个字符</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/admin_vm.py" line="333" />
        <source>The hub refused: %1</source>
        <translation>网点服务器没有接受：%1</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../ui/AuditPage.qml" line="48" />
        <source>Day: YYYY-MM-DD (empty: every day)</source>
        <translation>日期：YYYY-MM-DD（留空为全部）</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="57" />
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="58" />
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="59" />
        <source>Refused requests</source>
        <translation>被拒绝的请求</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="60" />
        <source>Accepted requests</source>
        <translation>被接受的请求</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="70" />
        <source>Asking the hub…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="70" />
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="77" />
        <source>Export CSV</source>
        <translation>导出CSV</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="100" />
        <source>What happened</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="100" />
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="100" />
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="100" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="100" />
        <source>On</source>
        <translation>对象</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="100" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="100" />
        <source>Before → after</source>
        <translation>变更前 → 变更后</translation>
    </message>
    <message>
        <location filename="../../ui/AuditPage.qml" line="127" />
        <source>Nothing matches these filters</source>
        <translation>没有符合条件的记录</translation>
    </message>
</context>
<context>
    <name>Branch</name>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="186" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="216" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="350" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="403" />
        <source>No coaching talk on record yet</source>
        <translation>尚无辅导记录</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="405" />
        <source>Last coaching talk, %1: %2</source>
        <translation>上次辅导（%1）：%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="411" />
        <source>Conversion %1 against the branch's %2 (%3 of %4 converted): coach on closing</source>
        <translation>成交率%1，网点为%2（%4位中成交%3位）：辅导促成技巧</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="419" />
        <source>Answers in %1 on average against the branch's %2 (%3 customers): check presence</source>
        <translation>平均%1响应，网点为%2（%3位客户）：关注在岗情况</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="425" />
        <source>Referred %1 of %2 eligible customers: go over the standards together</source>
        <translation>%2位达标客户仅转介%1位：一起复习转介标准</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="444" />
        <source>Today, %1</source>
        <translation>今天，%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="283" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="323" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="452" />
        <source>Tagged</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="324" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="453" />
        <source>Eligible</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="284" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="325" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="454" />
        <source>Referred</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="326" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="455" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="327" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="456" />
        <source>Met</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="285" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="328" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="457" />
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="243" />
        <source>last week</source>
        <translation>上周</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="245" />
        <source>last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="247" />
        <source>last Mon</source>
        <translation>上周一</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="248" />
        <source>last Tue</source>
        <translation>上周二</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="249" />
        <source>last Wed</source>
        <translation>上周三</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="250" />
        <source>last Thu</source>
        <translation>上周四</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="251" />
        <source>last Fri</source>
        <translation>上周五</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="252" />
        <source>last Sat</source>
        <translation>上周六</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="253" />
        <source>last Sun</source>
        <translation>上周日</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="265" />
        <source>%1 h %2 min</source>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="271" />
        <source>same as %1</source>
        <translation>与%1持平</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="273" />
        <source>%1 vs %2</source>
        <translation>较%2%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="293" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="329" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="378" />
        <source>Team credit</source>
        <translation>团队业绩</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="301" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="313" />
        <location filename="../../lobby_app/gui/branch_vm.py" line="330" />
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="341" />
        <source>Not referred</source>
        <translation>达标未转</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="341" />
        <source>Not eligible</source>
        <translation>未达标</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="369" />
        <source>%1 · %2 customers</source>
        <translation>%1 · %2位客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="376" />
        <source>Waited</source>
        <translation>等候时长</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="439" />
        <source>This week, %1</source>
        <translation>本周，%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="442" />
        <source>This month, %1</source>
        <translation>本月，%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="498" />
        <source>Nobody waiting in the queue</source>
        <translation>无客户排队</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="501" />
        <source>%1 waiting · the longest for %2</source>
        <translation>%1位排队 · 最久已等%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="504" />
        <source>%1 fast-track</source>
        <translation>%1位快速通道</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="506" />
        <source>branch hub away: as of %1</source>
        <translation>网点服务器已断开，截至%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="516" />
        <source>Branch median: conversion %1 · response %2</source>
        <translation>网点中位数：成交率%1 · 响应%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="524" />
        <source>Who needs coaching (%1)</source>
        <translation>需要辅导（%1）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="577" />
        <source>Could not save: %1</source>
        <translation>未能保存：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="579" />
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="593" />
        <source>Write what happened</source>
        <translation>请写下具体情况</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="595" />
        <source>This colleague is no longer on the staff</source>
        <translation>该同事已不在职</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="627" />
        <source>No printer is set up on this computer: save as PDF and print that</source>
        <translation>这台电脑没有设置打印机：请保存为 PDF 后再打印</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/branch_vm.py" line="635" />
        <source>Sent to the printer %1</source>
        <translation>已发送到打印机%1</translation>
    </message>
</context>
<context>
    <name>BranchDay</name>
    <message>
        <location filename="../../ui/BranchDay.qml" line="107" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="168" />
        <source>The hall now</source>
        <translation>厅堂实况</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="213" />
        <source>Customers of the day</source>
        <translation>当日客户</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="565" />
        <source>Credit earned</source>
        <translation>当日业绩分润</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="565" />
        <source>Credit earned in the period</source>
        <translation>期间业绩分润</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="571" />
        <source>The team: %1</source>
        <translation>团队合计：%1</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="511" />
        <source>Wealth managers</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="519" />
        <location filename="../../ui/BranchDay.qml" line="546" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="519" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="519" />
        <location filename="../../ui/BranchDay.qml" line="546" />
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="483" />
        <source>Conversion</source>
        <translation>成交率</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="519" />
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="540" />
        <source>Referrers</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="546" />
        <source>Tagged</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="474" />
        <location filename="../../ui/BranchDay.qml" line="546" />
        <source>Eligible</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="44" />
        <source>The day before</source>
        <translation>前一天</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="44" />
        <source>The week before</source>
        <translation>上一周</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="44" />
        <source>The month before</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="61" />
        <source>The day after</source>
        <translation>后一天</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="61" />
        <source>The week after</source>
        <translation>下一周</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="61" />
        <source>The month after</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="69" />
        <source>Show a day, a week or a month</source>
        <translation>按日、周或月查看</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="72" />
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="73" />
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="74" />
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="92" />
        <source>Pick a day…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="115" />
        <location filename="../../ui/BranchDay.qml" line="432" />
        <source>Note a problem</source>
        <translation>记录问题</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="128" />
        <source>Open the settings</source>
        <translation>打开网点设置</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="189" />
        <source>assigned: %1</source>
        <translation>已分配%1位</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="213" />
        <source>Customers of the period</source>
        <translation>期间客户</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="214" />
        <source>Click a step for its customers</source>
        <translation>点击某一步，查看其中的客户</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="224" />
        <location filename="../../ui/BranchDay.qml" line="243" />
        <source>From the step above</source>
        <translation>较上一步</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="244" />
        <source>Show the customers behind this figure</source>
        <translation>查看这个数字背后的客户</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="461" />
        <source>Against the branch median</source>
        <translation>对比网点中位数</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="469" />
        <source>Referrals per referrer</source>
        <translation>各推荐人的转介</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="473" />
        <location filename="../../ui/BranchDay.qml" line="546" />
        <source>Referred</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="480" />
        <source>Conversion per wealth manager (%)</source>
        <translation>各理财经理成交率（%）</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="485" />
        <location filename="../../ui/BranchDay.qml" line="496" />
        <source>Branch median</source>
        <translation>网点中位数</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="491" />
        <source>Response per wealth manager (minutes)</source>
        <translation>各理财经理响应时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="494" />
        <source>Average response</source>
        <translation>平均响应</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="519" />
        <source>Outcomes</source>
        <translation>登记结果</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="546" />
        <source>Not referred</source>
        <translation>达标未转</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="293" />
        <source>Met the standard, not referred (%1)</source>
        <translation>达标未转介（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="299" />
        <source>Every customer who met the standard was referred.</source>
        <translation>达标客户均已转介。</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="315" />
        <source>tagged by %1</source>
        <translation>%1识别</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="322" />
        <source>Why not: %1</source>
        <translation>未转介原因：%1</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="340" />
        <source>For the evening meeting</source>
        <translation>夕会材料</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="351" />
        <source>Save as PDF</source>
        <translation>保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="358" />
        <source>Save as CSV</source>
        <translation>保存为 CSV</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="365" />
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="371" />
        <source>Calls due by tomorrow evening</source>
        <translation>明日前待回电</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="377" />
        <location filename="../../ui/BranchDay.qml" line="404" />
        <location filename="../../ui/BranchDay.qml" line="439" />
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="390" />
        <source>%1 calls</source>
        <translation>%1回电</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="398" />
        <source>Problems of the day</source>
        <translation>当日问题</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="423" />
        <source>Problems noted by the branch head</source>
        <translation>负责人记录的问题</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="596" />
        <source>Nobody lies well off the branch median.</source>
        <translation>无人明显低于网点中位数。</translation>
    </message>
    <message>
        <location filename="../../ui/BranchDay.qml" line="622" />
        <source>Record a coaching talk</source>
        <translation>记录辅导</translation>
    </message>
</context>
<context>
    <name>BranchPage</name>
    <message>
        <location filename="../../ui/BranchPage.qml" line="35" />
        <source>Not accepted by the hub</source>
        <translation>网点服务器没有接受</translation>
    </message>
    <message>
        <location filename="../../ui/BranchPage.qml" line="50" />
        <location filename="../../ui/BranchPage.qml" line="51" />
        <source>Seen</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../ui/BranchPage.qml" line="62" />
        <source>The day</source>
        <translation>当日</translation>
    </message>
    <message>
        <location filename="../../ui/BranchPage.qml" line="63" />
        <source>Referral standards</source>
        <translation>转介标准</translation>
    </message>
    <message>
        <location filename="../../ui/BranchPage.qml" line="64" />
        <source>Referral credit</source>
        <translation>转介分润</translation>
    </message>
    <message>
        <location filename="../../ui/BranchPage.qml" line="65" />
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location filename="../../ui/BranchPage.qml" line="66" />
        <source>Devices</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../../ui/BranchPage.qml" line="67" />
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../ui/BranchPage.qml" line="70" />
        <source>Settings</source>
        <translation>网点设置</translation>
    </message>
</context>
<context>
    <name>Callback</name>
    <message>
        <location filename="../../lobby_app/gui/callback_vm.py" line="61" />
        <source>In an hour, %1</source>
        <translation>1小时后 %1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/callback_vm.py" line="64" />
        <source>Today %1</source>
        <translation>今天 %1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/callback_vm.py" line="68" />
        <source>Tomorrow %1</source>
        <translation>明天 %1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/callback_vm.py" line="88" />
        <source>A callback needs a phone number</source>
        <translation>预约回电须留电话号码</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/callback_vm.py" line="180" />
        <source>Callback booked: %1 · %2</source>
        <translation>已约回电：%1 · %2</translation>
    </message>
</context>
<context>
    <name>CallbackSheet</name>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="63" />
        <source>Book a callback</source>
        <translation>预约回电</translation>
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="63" />
        <source>The customer left: book a callback?</source>
        <translation>客户已离开：预约回电吗？</translation>
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="71" />
        <source>A wealth manager calls the customer back; a sale from the call still credits you.</source>
        <translation>由理财经理给客户回电；回电后成交，业绩仍算你的转介。</translation>
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="78" />
        <location filename="../../ui/CallbackSheet.qml" line="81" />
        <source>How to address the customer</source>
        <translation>客户称呼</translation>
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="83" />
        <source>e.g. 王先生</source>
        <translation>如：王先生</translation>
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="92" />
        <location filename="../../ui/CallbackSheet.qml" line="94" />
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="104" />
        <source>The customer agrees that we keep this number to call back</source>
        <translation>客户同意留存此号码用于回电</translation>
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="121" />
        <source>Preferred time</source>
        <translation>方便时间</translation>
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="139" />
        <location filename="../../ui/CallbackSheet.qml" line="141" />
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="156" />
        <source>No callback needed: cancel the referral</source>
        <translation>不需要回电：取消这次转介</translation>
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="172" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/CallbackSheet.qml" line="179" />
        <source>Book callback</source>
        <translation>确认预约</translation>
    </message>
</context>
<context>
    <name>ChangePinScreen</name>
    <message>
        <location filename="../../ui/ChangePinScreen.qml" line="28" />
        <source>Choose your own PIN</source>
        <translation>设置自己的密码</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinScreen.qml" line="28" />
        <source>Change my PIN</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinScreen.qml" line="36" />
        <source>%1, your PIN was given to you or is too short: choose a new one before you start.</source>
        <translation>%1，你的密码是别人代设的或位数太短，开始工作前请先设置新密码。</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinScreen.qml" line="44" />
        <source>6 to 12 digits. Not one digit repeated, not a run like 123456, not your staff number.</source>
        <translation>6至12位数字；不能是同一数字重复、123456这样的连续数字或本人工号。</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinScreen.qml" line="55" />
        <source>Current PIN</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinScreen.qml" line="66" />
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinScreen.qml" line="77" />
        <source>New PIN again</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinScreen.qml" line="93" />
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinScreen.qml" line="93" />
        <source>Save the new PIN</source>
        <translation>保存新密码</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinScreen.qml" line="107" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/ChangePinScreen.qml" line="107" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>Credit</name>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="240" />
        <source>Allocated by %1: %2 · %3</source>
        <translation>%1已分配：%2 · %3</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="152" />
        <source>from %1: %2%</source>
        <translation>%1起%2%</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="158" />
        <source>Agreed by the team on %1</source>
        <translation>团队商定于%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="160" />
        <source>The defaults of a new branch: no team agreement recorded</source>
        <translation>新网点的默认方案，未记录团队商定</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="163" />
        <source>Saved by %1, %2</source>
        <translation>%1保存于%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="165" />
        <source>Set up %1</source>
        <translation>设置于%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="169" />
        <source>Version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="184" />
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="185" />
        <source>Seller</source>
        <translation>营销人</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="195" />
        <source>Took part</source>
        <translation>参与同事</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="249" />
        <location filename="../../lobby_app/gui/credit_vm.py" line="403" />
        <location filename="../../lobby_app/gui/credit_vm.py" line="481" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="261" />
        <source>Colleagues took part</source>
        <translation>同事参与</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="262" />
        <source>Colleagues took part: %1</source>
        <translation>同事参与：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="265" />
        <source>Disputed by %1: %2</source>
        <translation>有异议：%1：%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="266" />
        <source>a colleague</source>
        <translation>一位同事</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="271" />
        <source>split as recorded: %1</source>
        <translation>原分配：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="281" />
        <source>Whole numbers only</source>
        <translation>请填整数</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="282" />
        <source>From 0 to 100</source>
        <translation>须在0到100之间</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="283" />
        <source>Must start after the phase before it starts</source>
        <translation>须晚于上一阶段的开始日期</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="284" />
        <source>A date like 2026-04-01</source>
        <translation>请按2026-04-01的格式填写日期</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="285" />
        <source>The shares add up to %1%, not 100%</source>
        <translation>各方比例合计%1%，须为100%</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="286" />
        <source>A person is named twice</source>
        <translation>同一人填了两次</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="287" />
        <source>Already allocated</source>
        <translation>已分配过</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="288" />
        <source>First allocate this month's %1 open exceptions</source>
        <translation>请先分配本月%1笔待分配的例外</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="291" />
        <source>A month closes after its last day</source>
        <translation>月末之后才能结账</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="292" />
        <source>This month is already closed</source>
        <translation>本月已结账</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="293" />
        <source>%1 is closed: its percentages may not change</source>
        <translation>%1已结账：其分润比例不能再改</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="296" />
        <source>Only the branch head may do this</source>
        <translation>只有网点负责人可以这样做</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="297" />
        <source>The team's meeting must have taken place: today or earlier</source>
        <translation>团队会议须已召开：请选今天或更早的日期</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="343" />
        <source>%1 is closed.</source>
        <translation>%1已结账。</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="402" />
        <source>%1's credit is allocated.</source>
        <translation>%1的业绩已分配。</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="425" />
        <source>The new phases apply to referrals not yet credited.</source>
        <translation>新的阶段适用于尚未计算分润的转介。</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="438" />
        <source>Open: credit may still change</source>
        <translation>未结账：业绩仍可能变动</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="440" />
        <source>Closed on %1 by %2, at %3</source>
        <translation>%2于%1结账，结账时合计%3</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="447" />
        <source>%1 came in after the close</source>
        <translation>结账后新增%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="458" />
        <source>until %1</source>
        <translation>至%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="460" />
        <source>from then on</source>
        <translation>此后一直适用</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="469" />
        <source>Today: phase %1, the referrer gets %2% and the seller %3%</source>
        <translation>今日处于第%1阶段：推荐人%2%，营销人%3%</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/credit_vm.py" line="480" />
        <source>%1 · referred %2 · %3</source>
        <translation>%1 · %2转介 · %3</translation>
    </message>
</context>
<context>
    <name>CreditPage</name>
    <message>
        <location filename="../../ui/CreditPage.qml" line="75" />
        <source>Close %1</source>
        <translation>%1结账</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="102" />
        <source>The team's credit</source>
        <translation>团队业绩</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="116" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="116" />
        <source>As referrer</source>
        <translation>作为推荐人</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="116" />
        <source>As seller</source>
        <translation>作为营销人</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="116" />
        <source>Allocated</source>
        <translation>例外分配</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="116" />
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="120" />
        <source>No credit this month yet.</source>
        <translation>本月暂无业绩。</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="140" />
        <source>By day</source>
        <translation>按日</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="141" />
        <source>Pick a day for each person's share</source>
        <translation>选择某日查看每人所得</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="165" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="182" />
        <source>Exceptions (%1 to allocate)</source>
        <translation>例外（%1笔待分配）</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="183" />
        <source>Split by participation and contribution</source>
        <translation>按参与度和贡献分配</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="189" />
        <source>None this month.</source>
        <translation>本月没有。</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="217" />
        <location filename="../../ui/CreditPage.qml" line="617" />
        <source>Allocate</source>
        <translation>分配</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="307" />
        <source>Remove phase %1</source>
        <translation>删除第%1阶段</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="333" />
        <source>Agreed by the team on</source>
        <translation>团队商定日期</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="338" />
        <source>Pick the day…</source>
        <translation>选择日期…</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="351" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="358" />
        <source>Note of the meeting (optional)</source>
        <translation>会议记录（选填）</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="410" />
        <source>History</source>
        <translation>历次版本</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="477" />
        <source>Allocate the credit</source>
        <translation>分配业绩</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="564" />
        <source>Someone else too…</source>
        <translation>还有其他同事…</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="571" />
        <source>Total: %1%</source>
        <translation>合计：%1%</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="585" />
        <source>Reason (who did what)</source>
        <translation>理由（谁做了什么）</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="611" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="246" />
        <source>Phase schedule</source>
        <translation>分润阶段</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="44" />
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="58" />
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="252" />
        <source>By the date of the referral. Splits already made keep the phase they were made under.</source>
        <translation>按转介日期确定阶段。已完成的分润保持当时的阶段不变。</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="261" />
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="261" />
        <location filename="../../ui/CreditPage.qml" line="282" />
        <source>From</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="261" />
        <location filename="../../ui/CreditPage.qml" line="290" />
        <source>Referrer %</source>
        <translation>推荐人比例 %</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="276" />
        <location filename="../../ui/CreditPage.qml" line="282" />
        <location filename="../../ui/CreditPage.qml" line="290" />
        <source>Phase %1</source>
        <translation>第%1阶段</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="276" />
        <source>roll-out</source>
        <translation>推行之日</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="380" />
        <source>Add a phase</source>
        <translation>增加阶段</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="386" />
        <source>Undo changes</source>
        <translation>撤销修改</translation>
    </message>
    <message>
        <location filename="../../ui/CreditPage.qml" line="393" />
        <source>Save the phases</source>
        <translation>保存阶段</translation>
    </message>
</context>
<context>
    <name>DayPicker</name>
    <message>
        <location filename="../../ui/DayPicker.qml" line="33" />
        <source>Previous month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location filename="../../ui/DayPicker.qml" line="44" />
        <source>Next month</source>
        <translation>下个月</translation>
    </message>
</context>
<context>
    <name>DeclineDialog</name>
    <message>
        <location filename="../../ui/DeclineDialog.qml" line="33" />
        <source>Decline this customer</source>
        <translation>暂不接待这位客户</translation>
    </message>
    <message>
        <location filename="../../ui/DeclineDialog.qml" line="38" />
        <source>The customer goes to the next free colleague at once.</source>
        <translation>客户将立即转给下一位空闲同事。</translation>
    </message>
    <message>
        <location filename="../../ui/DeclineDialog.qml" line="63" />
        <source>Why, in a few words</source>
        <translation>简单说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/DeclineDialog.qml" line="78" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/DeclineDialog.qml" line="84" />
        <source>Decline</source>
        <translation>暂不接待</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="60" />
        <source>%1 or more</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="62" />
        <source>under %1</source>
        <translation>%1以下</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="68" />
        <source>With another customer</source>
        <translation>正在接待其他客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="69" />
        <source>Not my speciality</source>
        <translation>非本人擅长领域</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="70" />
        <source>The customer belongs to a colleague</source>
        <translation>客户归属其他同事</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="71" />
        <source>Other reason</source>
        <translation>其他原因</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="242" />
        <source>A customer</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="249" />
        <source>Fast-track customer for you: clear intent to buy</source>
        <translation>快速通道客户：有明确购买意向</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="251" />
        <source>A customer is offered to you</source>
        <translation>有客户转介给你</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="254" />
        <source>from %1</source>
        <translation>推荐人：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="279" />
        <source>Escalated ×%1</source>
        <translation>已改派%1次</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="268" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="245" />
        <source>Fast-track customer waiting and every wealth manager is busy: whoever can break off, take them</source>
        <translation>快速通道客户在等候，理财经理都在忙：谁能抽身谁来接待</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="291" />
        <source>Meeting since %1</source>
        <translation>%1起面谈中</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="294" />
        <source>Accepted at %1: on the way to the desk</source>
        <translation>%1已接受：客户正往你这里来</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="310" />
        <source>Callback</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="310" />
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="313" />
        <source>Overdue since %1</source>
        <translation>已逾期（应于%1）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="313" />
        <source>Due %1</source>
        <translation>应于%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="318" />
        <source>%1 calls not answered</source>
        <translation>%1次未接通</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="342" />
        <source>Set away at %1: an offer went unanswered. Back at your desk?</source>
        <translation>%1因转介无人应答，已设为暂离。回到座位了吗？</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="354" />
        <source>My day: accepted %1 · met %2 · outcomes recorded %3 · converted %4 · average response %5</source>
        <translation>今日：接受%1 · 面谈%2 · 登记结果%3 · 成交%4 · 平均响应%5</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="370" />
        <source>Answer within %1; then the customer goes to the next colleague</source>
        <translation>请在%1内应答，否则客户转给下一位同事</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="376" />
        <source>Sound off</source>
        <translation>提示音关</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="378" />
        <source>No tray or sound on this PC: alerts show in this window</source>
        <translation>本机无托盘和声音：提醒只在本窗口显示</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="380" />
        <source>No sound device: alerts show in this window and the tray</source>
        <translation>本机无声音设备：提醒在本窗口和托盘显示</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="381" />
        <source>Sound on</source>
        <translation>提示音开</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="454" />
        <source>waited %1</source>
        <translation>已等%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="470" />
        <source>Time is up: passing to the next colleague</source>
        <translation>应答超时：正转给下一位同事</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="471" />
        <source>answer within %1</source>
        <translation>剩余%1应答</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="490" />
        <source>Choose why you decline</source>
        <translation>请选择暂不接待的原因</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/desk_vm.py" line="492" />
        <source>Say why in a few words</source>
        <translation>请简单说明原因</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="326" />
        <source>long wait</source>
        <translation>等候较久</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="327" />
        <source>waiting too long</source>
        <translation>久等，请尽快接待</translation>
    </message>
</context>
<context>
    <name>DeskAlertBanner</name>
    <message>
        <location filename="../../ui/DeskAlertBanner.qml" line="35" />
        <source>I'll take them</source>
        <translation>我来接待</translation>
    </message>
    <message>
        <location filename="../../ui/DeskAlertBanner.qml" line="54" />
        <source>Accept (Alt+A)</source>
        <translation>接受（Alt+A）</translation>
    </message>
    <message>
        <location filename="../../ui/DeskAlertBanner.qml" line="45" />
        <source>Decline (Alt+D)</source>
        <translation>暂不接待（Alt+D）</translation>
    </message>
    <message>
        <location filename="../../ui/DeskAlertBanner.qml" line="63" />
        <location filename="../../ui/DeskAlertBanner.qml" line="70" />
        <source>Hide the banner; the customer stays in Incoming</source>
        <translation>隐藏提醒；客户仍在待接列表中</translation>
    </message>
</context>
<context>
    <name>DeskCustomerCard</name>
    <message>
        <location filename="../../ui/DeskCustomerCard.qml" line="50" />
        <source>FAST-TRACK</source>
        <translation>快速通道</translation>
    </message>
    <message>
        <location filename="../../ui/DeskCustomerCard.qml" line="115" />
        <source>Referred by %1</source>
        <translation>推荐人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/DeskCustomerCard.qml" line="132" />
        <source>Waiting for %1</source>
        <translation>指定等候%1</translation>
    </message>
    <message>
        <location filename="../../ui/DeskCustomerCard.qml" line="151" />
        <source>Decline</source>
        <translation>暂不接待</translation>
    </message>
    <message>
        <location filename="../../ui/DeskCustomerCard.qml" line="158" />
        <source>Accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <location filename="../../ui/DeskCustomerCard.qml" line="158" />
        <source>Take this customer</source>
        <translation>接待该客户</translation>
    </message>
</context>
<context>
    <name>DeskHeldCard</name>
    <message>
        <location filename="../../ui/DeskHeldCard.qml" line="105" />
        <source>Referred by %1</source>
        <translation>推荐人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/DeskHeldCard.qml" line="114" />
        <source>Customer left</source>
        <translation>客户已离开</translation>
    </message>
    <message>
        <location filename="../../ui/DeskHeldCard.qml" line="121" />
        <source>Customer arrived</source>
        <translation>客户已到</translation>
    </message>
    <message>
        <location filename="../../ui/DeskHeldCard.qml" line="129" />
        <source>Record outcome</source>
        <translation>登记结果</translation>
    </message>
</context>
<context>
    <name>DeskLeftSheet</name>
    <message>
        <location filename="../../ui/DeskLeftSheet.qml" line="33" />
        <source>%1 left before reaching you</source>
        <translation>%1没到你这里就离开了</translation>
    </message>
    <message>
        <location filename="../../ui/DeskLeftSheet.qml" line="41" />
        <source>If the customer agreed to a call, book a callback: it comes to you, and a sale from it still credits the referrer. If not, choose no callback.</source>
        <translation>客户同意回电的，预约回电：回电任务归你，由此成交仍计入推荐人业绩；客户不同意的，选择“不需要回电”。</translation>
    </message>
    <message>
        <location filename="../../ui/DeskLeftSheet.qml" line="50" />
        <location filename="../../ui/DeskLeftSheet.qml" line="56" />
        <source>How to address the customer</source>
        <translation>客户称呼</translation>
    </message>
    <message>
        <location filename="../../ui/DeskLeftSheet.qml" line="58" />
        <source>e.g. 王先生</source>
        <translation>如：王先生</translation>
    </message>
    <message>
        <location filename="../../ui/DeskLeftSheet.qml" line="65" />
        <location filename="../../ui/DeskLeftSheet.qml" line="71" />
        <location filename="../../ui/DeskLeftSheet.qml" line="73" />
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../ui/DeskLeftSheet.qml" line="81" />
        <source>The customer agrees that we keep this number to call back</source>
        <translation>客户同意留存此号码用于回电</translation>
    </message>
    <message>
        <location filename="../../ui/DeskLeftSheet.qml" line="88" />
        <source>Preferred time</source>
        <translation>方便时间</translation>
    </message>
    <message>
        <location filename="../../ui/DeskLeftSheet.qml" line="109" />
        <location filename="../../ui/DeskLeftSheet.qml" line="115" />
        <location filename="../../ui/DeskLeftSheet.qml" line="117" />
        <source>Note (optional)</source>
        <translation>备注（选填）</translation>
    </message>
    <message>
        <location filename="../../ui/DeskLeftSheet.qml" line="130" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/DeskLeftSheet.qml" line="136" />
        <source>No callback</source>
        <translation>不需要回电</translation>
    </message>
    <message>
        <location filename="../../ui/DeskLeftSheet.qml" line="145" />
        <source>Book callback</source>
        <translation>确认预约</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../ui/DeskPage.qml" line="75" />
        <source>I am:</source>
        <translation>我的状态：</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="83" />
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="93" />
        <source>Away: %1</source>
        <translation>暂离：%1</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="101" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="121" />
        <source>Sound off</source>
        <translation>提示音关</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="121" />
        <source>Sound on</source>
        <translation>提示音开</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="167" />
        <source>Not accepted by the hub</source>
        <translation>网点服务器没有接受</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="182" />
        <source>Seen</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="210" />
        <source>Incoming (%1)</source>
        <translation>待接客户（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="245" />
        <source>No customer is waiting. New ones appear here with a chime.</source>
        <translation>暂无等候客户。新客户会在此出现并响铃提醒。</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="283" />
        <source>%1 overdue calls to make: show them</source>
        <translation>%1个回电已逾期：点此查看</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="303" />
        <source>With me (%1)</source>
        <translation>接待中（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="342" />
        <source>Calls to make (%1, %2 overdue)</source>
        <translation>待回电（%1，逾期%2）</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="343" />
        <source>Calls to make (%1)</source>
        <translation>待回电（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="326" />
        <source>Customers you accept show here.</source>
        <translation>你接受的客户显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="366" />
        <source>No callbacks or follow-ups are due.</source>
        <translation>暂无待回电或待跟进客户。</translation>
    </message>
    <message>
        <location filename="../../ui/DeskPage.qml" line="378" />
        <source>Keys: Alt+A accept · Alt+D decline · Alt+M customer arrived · Alt+O record outcome · Alt+1 available · Alt+2 away</source>
        <translation>快捷键：Alt+A 接受 · Alt+D 暂不接待 · Alt+M 客户已到 · Alt+O 登记结果 · Alt+1 空闲 · Alt+2 暂离</translation>
    </message>
</context>
<context>
    <name>DeskTaskRow</name>
    <message>
        <location filename="../../ui/DeskTaskRow.qml" line="80" />
        <source>Referred by %1</source>
        <translation>推荐人：%1</translation>
    </message>
    <message>
        <location filename="../../ui/DeskTaskRow.qml" line="98" />
        <source>No answer, try again:</source>
        <translation>未接通，再试：</translation>
    </message>
    <message>
        <location filename="../../ui/DeskTaskRow.qml" line="111" />
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../ui/DeskTaskRow.qml" line="111" />
        <source>in %1 h</source>
        <translation>%1小时后</translation>
    </message>
    <message>
        <location filename="../../ui/DeskTaskRow.qml" line="119" />
        <source>Record outcome</source>
        <translation>登记结果</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="22" />
        <source>This device works on its own: there is no branch hub, so there are no devices to list.</source>
        <translation>本设备单机运行，没有网点服务器，因此没有设备可列出。</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="45" />
        <source>Devices of the branch</source>
        <translation>本网点设备</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="53" />
        <source>Asking the hub…</source>
        <translation>正在询问服务器…</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="53" />
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="61" />
        <source>Code for a new device</source>
        <translation>为新设备生成接入码</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="90" />
        <source>on the new device: %1</source>
        <translation>在新设备上执行：%1</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="102" />
        <source>Used last by</source>
        <translation>最近使用人</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="102" />
        <source>Last seen</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="102" />
        <source>App</source>
        <translation>版本</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="102" />
        <source>Waiting</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="102" />
        <location filename="../../ui/DevicesPage.qml" line="122" />
        <source>Device name</source>
        <translation>设备名称</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="133" />
        <source>Rename</source>
        <translation>改名</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="161" />
        <location filename="../../ui/DevicesPage.qml" line="213" />
        <source>Revoke</source>
        <translation>吊销</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="190" />
        <source>Revoke %1?</source>
        <translation>吊销%1？</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="196" />
        <source>From now on the hub refuses this device: it can no longer send or receive the branch's changes. A lost or stolen tablet should be revoked. To use it again, enrol it anew with a new code.</source>
        <translation>此后服务器将拒绝该设备，它不能再收发网点的变更。遗失或被盗的平板应立即吊销。如需再用，须用新的接入码重新接入。</translation>
    </message>
    <message>
        <location filename="../../ui/DevicesPage.qml" line="206" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
</context>
<context>
    <name>DisputeDialog</name>
    <message>
        <location filename="../../ui/DisputeDialog.qml" line="38" />
        <source>Dispute the credit for %1</source>
        <translation>对%1的分润有异议</translation>
    </message>
    <message>
        <location filename="../../ui/DisputeDialog.qml" line="46" />
        <source>The split stops counting and goes to the branch head, who allocates it by who took part.</source>
        <translation>这笔分润暂不计入，交网点负责人按参与情况重新分配。</translation>
    </message>
    <message>
        <location filename="../../ui/DisputeDialog.qml" line="56" />
        <source>Why (required), e.g. a colleague opened the account with the customer</source>
        <translation>原因（必填），如：同事协助客户开户</translation>
    </message>
    <message>
        <location filename="../../ui/DisputeDialog.qml" line="75" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/DisputeDialog.qml" line="84" />
        <source>Send to the branch head</source>
        <translation>提交网点负责人</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="117" />
        <source>Numbers only, e.g. 50000 or 5万</source>
        <translation>只能填数字，如50000或5万</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="118" />
        <source>Must not be negative</source>
        <translation>不能是负数</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="119" />
        <source>Too large: at most %1</source>
        <translation>太大了：最多%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="120" />
        <source>At most two decimal places</source>
        <translation>最多两位小数</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="121" />
        <source>Too long: at most %1 characters</source>
        <translation>太长了：最多%1个字</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="122" />
        <source>Required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="123" />
        <source>Contains characters that cannot be kept</source>
        <translation>有无法保存的字符，请删掉</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="124" />
        <source>An 11-digit mobile number or a landline with area code</source>
        <translation>请填11位手机号或带区号的座机号</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="125" />
        <source>Tick the customer's consent before keeping a phone number</source>
        <translation>留存电话前须勾选客户同意</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="126" />
        <source>Choose a time in the future</source>
        <translation>请选择之后的时间</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="127" />
        <source>The customer does not meet the standards: serve in the lobby</source>
        <translation>这位客户未达转介标准，请在厅堂服务</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="128" />
        <source>This customer is already referred</source>
        <translation>这位客户已经转介过了</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="129" />
        <source>This wealth manager is not available</source>
        <translation>这位理财经理现在不空闲</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="130" />
        <source>Already moved on; the list shows its state now</source>
        <translation>情况已有变化，请看列表里的最新状态</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="131" />
        <source>Offered to or held by a colleague now</source>
        <translation>这位客户已推送给或由其他同事接待</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="132" />
        <source>The customer chose to wait for a colleague</source>
        <translation>客户选择等候其他同事</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="133" />
        <source>A time like 14:30</source>
        <translation>请填时间，如14:30</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="134" />
        <source>A date like 2026-12-05</source>
        <translation>请填日期，如2026-12-05</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="135" />
        <source>Enter an amount above zero</source>
        <translation>请填大于零的金额</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="136" />
        <source>Named twice</source>
        <translation>重复填写</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="137" />
        <source>Not a product of this branch</source>
        <translation>不是本网点的产品</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="138" />
        <source>Online banking, mobile banking and SMS alerts are always simple products</source>
        <translation>网银、手机银行、短信通知始终是简单产品</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="139" />
        <source>A simple product is never grounds for referral: no rule may test it</source>
        <translation>简单产品从不构成转介理由：规则不能以它为条件</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="140" />
        <source>Your sign-in ended with the branch day: enter your PIN and do it again</source>
        <translation>营业日结束，登录已失效：请输入密码后再做一次</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="141" />
        <source>Not signed in on this device when it was made</source>
        <translation>做这项变更时本机没有人登录</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="143" />
        <source>Refused: %1</source>
        <translation>没办成：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="257" />
        <source>Only the referrer or the seller may dispute this credit</source>
        <translation>只有推荐人或营销人可以对这笔分润提出异议</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="258" />
        <source>This credit is already with the branch head</source>
        <translation>这笔分润已在网点负责人处待分配</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="259" />
        <source>This month is closed: its credit stands</source>
        <translation>该月已结算，分润不再变更</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="260" />
        <source>This credit has not been split yet</source>
        <translation>这笔业绩尚未分润</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="261" />
        <source>Only the referrer can do this</source>
        <translation>只有推荐人可以这样做</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="262" />
        <source>No longer there; the list shows what is there now</source>
        <translation>已经没有了，请看列表里的最新情况</translation>
    </message>
</context>
<context>
    <name>Evening</name>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="53" />
        <source>Section</source>
        <translation>栏目</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="53" />
        <location filename="../../lobby_app/gui/evening_export.py" line="203" />
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="53" />
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="54" />
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="65" />
        <source>Wealth manager</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="78" />
        <location filename="../../lobby_app/gui/evening_export.py" line="169" />
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="85" />
        <source>Credit (yuan)</source>
        <translation>业绩分润（元）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="86" />
        <location filename="../../lobby_app/gui/evening_export.py" line="161" />
        <source>The team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="170" />
        <source>Reason not referred</source>
        <translation>未转介原因</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="187" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="227" />
        <source>Evening meeting, %1</source>
        <translation>夕会，%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="114" />
        <source>The team earned %1</source>
        <translation>团队今日业绩分润%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="29" />
        <source>No reason given</source>
        <translation>没说原因</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="33" />
        <source>Customer declined the referral</source>
        <translation>客户婉拒转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="34" />
        <source>No time to refer</source>
        <translation>没有时间转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="35" />
        <source>Customer already has a wealth manager</source>
        <translation>客户已有理财经理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="92" />
        <location filename="../../lobby_app/gui/evening_export.py" line="201" />
        <source>Problems noted by the branch head</source>
        <translation>负责人记录的问题</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="117" />
        <location filename="../../lobby_app/gui/evening_export.py" line="150" />
        <source>Tagged</source>
        <translation>识别</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="118" />
        <location filename="../../lobby_app/gui/evening_export.py" line="151" />
        <source>Eligible</source>
        <translation>达标</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="119" />
        <location filename="../../lobby_app/gui/evening_export.py" line="152" />
        <source>Referred</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="120" />
        <location filename="../../lobby_app/gui/evening_export.py" line="130" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="121" />
        <source>Met</source>
        <translation>面谈</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="122" />
        <location filename="../../lobby_app/gui/evening_export.py" line="131" />
        <location filename="../../lobby_app/gui/evening_export.py" line="153" />
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="126" />
        <source>Wealth managers</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="129" />
        <location filename="../../lobby_app/gui/evening_export.py" line="149" />
        <location filename="../../lobby_app/gui/evening_export.py" line="160" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="132" />
        <source>Conversion</source>
        <translation>成交率</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="133" />
        <source>Response</source>
        <translation>响应</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="146" />
        <source>Referrers</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="154" />
        <source>Not referred</source>
        <translation>达标未转</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="158" />
        <source>Credit earned</source>
        <translation>当日业绩分润</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="160" />
        <source>Credit</source>
        <translation>业绩分润</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="88" />
        <location filename="../../lobby_app/gui/evening_export.py" line="164" />
        <source>Met the standard, not referred</source>
        <translation>达标未转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="167" />
        <location filename="../../lobby_app/gui/evening_export.py" line="198" />
        <location filename="../../lobby_app/gui/evening_export.py" line="203" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="168" />
        <location filename="../../lobby_app/gui/evening_export.py" line="186" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="182" />
        <source>Calls due next</source>
        <translation>待回电</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="185" />
        <source>Due</source>
        <translation>约定时间</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="188" />
        <source>Who calls</source>
        <translation>回电人</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="196" />
        <source>Problems of the day</source>
        <translation>当日问题</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/evening_export.py" line="198" />
        <location filename="../../lobby_app/gui/evening_export.py" line="203" />
        <source>What</source>
        <translation>情况</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../../ui/FigureCard.qml" line="19" />
        <location filename="../../ui/FigureCard.qml" line="22" />
        <source>Show the customers behind this figure</source>
        <translation>查看这个数字背后的客户</translation>
    </message>
</context>
<context>
    <name>FigureCustomers</name>
    <message>
        <location filename="../../ui/FigureCustomers.qml" line="45" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/FigureCustomers.qml" line="47" />
        <source>Close the list</source>
        <translation>关闭列表</translation>
    </message>
    <message>
        <location filename="../../ui/FigureCustomers.qml" line="54" />
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../ui/FigureCustomers.qml" line="55" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../ui/FigureCustomers.qml" line="56" />
        <source>Ticket no.</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../ui/FigureCustomers.qml" line="57" />
        <source>Referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../ui/FigureCustomers.qml" line="58" />
        <source>Where now</source>
        <translation>目前进展</translation>
    </message>
    <message>
        <location filename="../../ui/FigureCustomers.qml" line="60" />
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../ui/FigureCustomers.qml" line="65" />
        <source>No customers</source>
        <translation>没有客户</translation>
    </message>
</context>
<context>
    <name>Handoff</name>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="82" />
        <source>Branch hub away: states and waits as of %1, they may have changed</source>
        <translation>网点服务器已断开：以下状态和等候时间截至%1，可能已有变化</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="132" />
        <source>%1 will receive the customer · %2</source>
        <translation>%1将接待客户 · %2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="137" />
        <source>The customer waits for %1 · %2</source>
        <translation>客户等候%1 · %2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="142" />
        <source>No wealth manager on duty: the customer waits until one is back, or book a callback</source>
        <translation>暂无理财经理在岗：客户可等候其返回，或预约回电</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="146" />
        <source>Next free wealth manager · %1</source>
        <translation>下一位空闲理财经理 · %1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="151" />
        <source>%1 available · %2 waiting</source>
        <translation>%1人空闲 · %2人等候</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="251" />
        <source>Saved: served in the lobby</source>
        <translation>已保存：厅堂服务</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="253" />
        <source>Saved without referral</source>
        <translation>已保存，未转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="287" />
        <source>The customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="292" />
        <source>%2 offered to %1 · waiting for them to accept</source>
        <translation>已转介：%2已推送给%1，等待对方接受</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="298" />
        <source>%1 accepted: take %2 to %3</source>
        <translation>%1已接受，请引导%2到%3</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="300" />
        <source>%1 accepted: take %2 over</source>
        <translation>%1已接受，请引导%2过去</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="303" />
        <source>%1 is with %2</source>
        <translation>%1正在接待%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="333" />
        <source>Cleared for a new customer: %1</source>
        <translation>已清空，准备接待下一位：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="335" />
        <source>Cleared for a new customer</source>
        <translation>已清空，准备接待下一位</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/handoff_vm.py" line="307" />
        <source>Sent: %1 is in the queue · %2</source>
        <translation>已转介：%1已排队 · %2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="101" />
        <source>Waiting in the queue</source>
        <translation>排队等候</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="102" />
        <source>Offered, waiting for the wealth manager</source>
        <translation>已推送，等理财经理确认</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="103" />
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="104" />
        <source>Meeting the wealth manager</source>
        <translation>理财经理接待中</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="105" />
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="106" />
        <source>Not converted</source>
        <translation>未成交</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="107" />
        <source>Follow-up booked</source>
        <translation>已约跟进</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="108" />
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="109" />
        <source>Callback booked</source>
        <translation>已约回电</translation>
    </message>
</context>
<context>
    <name>HandoffPanel</name>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="39" />
        <location filename="../../ui/HandoffPanel.qml" line="56" />
        <source>Next free wealth manager</source>
        <translation>下一位空闲理财经理</translation>
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="127" />
        <source>All wealth managers are busy. Offer the customer: wait for the next free one, wait for the one they choose (tap a name), or book a time.</source>
        <translation>理财经理均在忙。可请客户：等候下一位空闲的理财经理、等候指定的理财经理（点选姓名），或预约时间。</translation>
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="136" />
        <source>Book a time</source>
        <translation>预约时间</translation>
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="146" />
        <source>Fast-track: head of the queue, urgent alert</source>
        <translation>快速通道：排队优先，紧急提醒</translation>
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="153" />
        <location filename="../../ui/HandoffPanel.qml" line="156" />
        <source>Note for the wealth manager</source>
        <translation>给理财经理的备注</translation>
    </message>
    <message>
        <location filename="../../ui/HandoffPanel.qml" line="158" />
        <source>Optional, e.g. what the customer asked about</source>
        <translation>选填，如客户想了解的产品</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../ui/Keypad.qml" line="17" />
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../ui/Keypad.qml" line="33" />
        <source>Delete last digit</source>
        <translation>删除最后一位</translation>
    </message>
    <message>
        <location filename="../../ui/Keypad.qml" line="34" />
        <source>Ten thousand</source>
        <translation>万</translation>
    </message>
    <message>
        <location filename="../../ui/Keypad.qml" line="35" />
        <source>Decimal point</source>
        <translation>小数点</translation>
    </message>
    <message>
        <location filename="../../ui/Keypad.qml" line="36" />
        <source>Double zero</source>
        <translation>两个零</translation>
    </message>
    <message>
        <location filename="../../ui/Keypad.qml" line="37" />
        <source>Clear the amount</source>
        <translation>清除金额</translation>
    </message>
</context>
<context>
    <name>KioskExit</name>
    <message>
        <location filename="../../ui/KioskExit.qml" line="20" />
        <source>Leave kiosk mode</source>
        <translation>退出全屏锁定</translation>
    </message>
    <message>
        <location filename="../../ui/KioskExit.qml" line="28" />
        <source>Branch head's PIN</source>
        <translation>网点负责人密码</translation>
    </message>
    <message>
        <location filename="../../ui/KioskExit.qml" line="40" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/KioskExit.qml" line="47" />
        <source>Exit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>LobbyPage</name>
    <message>
        <location filename="../../ui/LobbyPage.qml" line="101" />
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../ui/LobbyPage.qml" line="111" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/LobbyPage.qml" line="124" />
        <source>New customer</source>
        <translation>下一位客户</translation>
    </message>
    <message>
        <location filename="../../ui/LobbyPage.qml" line="234" />
        <source>In a hurry: callback</source>
        <translation>赶时间：预约回电</translation>
    </message>
    <message>
        <location filename="../../ui/LobbyPage.qml" line="247" />
        <source>Save without referral</source>
        <translation>保存，不转介</translation>
    </message>
    <message>
        <location filename="../../ui/LobbyPage.qml" line="247" />
        <source>Save: served in the lobby</source>
        <translation>保存：厅堂服务</translation>
    </message>
    <message>
        <location filename="../../ui/LobbyPage.qml" line="261" />
        <source>Fast-track hand-off</source>
        <translation>快速通道转介</translation>
    </message>
    <message>
        <location filename="../../ui/LobbyPage.qml" line="261" />
        <source>Hand off to wealth manager</source>
        <translation>转介给理财经理</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/LockScreen.qml" line="27" />
        <source>Locked</source>
        <translation>已锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/LockScreen.qml" line="34" />
        <source>%1, enter your PIN to continue</source>
        <translation>%1，请输入密码继续</translation>
    </message>
    <message>
        <location filename="../../ui/LockScreen.qml" line="44" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/LockScreen.qml" line="61" />
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <location filename="../../ui/LockScreen.qml" line="61" />
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
    <message>
        <location filename="../../ui/LockScreen.qml" line="72" />
        <source>Someone else: sign out</source>
        <translation>换人：退出登录</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../../ui/Main.qml" line="22" />
        <source>Lobby referral</source>
        <translation>厅堂转介</translation>
    </message>
</context>
<context>
    <name>MyCredit</name>
    <message>
        <location filename="../../lobby_app/gui/my_credit_vm.py" line="54" />
        <source>as referrer</source>
        <translation>推荐人</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/my_credit_vm.py" line="54" />
        <source>as seller</source>
        <translation>营销人</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/my_credit_vm.py" line="61" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/my_credit_vm.py" line="85" />
        <source>Team credit this month %1</source>
        <translation>本月团队业绩分润%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/my_credit_vm.py" line="88" />
        <source>Mine %1</source>
        <translation>我的%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/my_credit_vm.py" line="91" />
        <source>My credit lines, %1</source>
        <translation>我的分润明细%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="236" />
        <source>Counted · month closed</source>
        <translation>已计入 · 当月已结算</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="236" />
        <source>Counted</source>
        <translation>已计入</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="238" />
        <source>Disputed — waiting for the branch head</source>
        <translation>有异议 — 等待网点负责人分配</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="239" />
        <source>Shared — waiting for the branch head</source>
        <translation>多人参与 — 等待网点负责人分配</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="240" />
        <source>Allocated by the branch head</source>
        <translation>网点负责人已分配</translation>
    </message>
</context>
<context>
    <name>MyCreditStrip</name>
    <message>
        <location filename="../../ui/MyCreditStrip.qml" line="21" />
        <location filename="../../ui/MyCreditStrip.qml" line="58" />
        <source>Details ›</source>
        <translation>明细 ›</translation>
    </message>
    <message>
        <location filename="../../ui/MyCreditStrip.qml" line="104" />
        <source>No credit yet this month. A sale from a customer you referred or served shows here.</source>
        <translation>本月暂无分润。你推荐或接待的客户成交后显示在这里。</translation>
    </message>
    <message>
        <location filename="../../ui/MyCreditStrip.qml" line="175" />
        <source>Dispute</source>
        <translation>有异议</translation>
    </message>
    <message>
        <location filename="../../ui/MyCreditStrip.qml" line="187" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>MyReferrals</name>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="81" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="87" />
        <source>%1 calls back at %2</source>
        <translation>%1将于%2回电</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="93" />
        <source>%1 follows up on %2</source>
        <translation>%1将于%2跟进</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="98" />
        <source>Declined by %1 on duty; waiting for the next free one</source>
        <translation>在岗的%1位理财经理都无法接待，正等下一位空闲的</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="103" />
        <source>Customer left</source>
        <translation>客户已离开</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="138" />
        <source>Today: tagged %1 · eligible %2 · referred %3 · converted %4</source>
        <translation>今日：识别%1 · 达标%2 · 转介%3 · 成交%4</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="146" />
        <source>This week: referred %1 · converted %2 · still open %3</source>
        <translation>本周：转介%1 · 成交%2 · 进行中%3</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="148" />
        <source>This month: referred %1 · converted %2 · still open %3</source>
        <translation>本月：转介%1 · 成交%2 · 进行中%3</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="160" />
        <source>No referrals yet today.</source>
        <translation>今天还没有转介。</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="161" />
        <source>No referrals yet this week.</source>
        <translation>本周还没有转介。</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="162" />
        <source>No referrals yet this month.</source>
        <translation>本月还没有转介。</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="165" />
        <source>Customers you hand off appear here with what became of them.</source>
        <translation>你转介的客户及其后续结果会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="170" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="171" />
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/referrals_vm.py" line="172" />
        <source>This month</source>
        <translation>本月</translation>
    </message>
</context>
<context>
    <name>MyReferralsPage</name>
    <message>
        <location filename="../../ui/MyReferralsPage.qml" line="92" />
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <location filename="../../ui/MyReferralsPage.qml" line="160" />
        <source>fast-track</source>
        <translation>快速通道</translation>
    </message>
    <message>
        <location filename="../../ui/MyReferralsPage.qml" line="212" />
        <source>Customer left</source>
        <translation>客户已离开</translation>
    </message>
    <message>
        <location filename="../../ui/MyReferralsPage.qml" line="232" />
        <source>Referral cancelled: the customer left, no callback</source>
        <translation>已取消转介：客户已离开，不需要回电</translation>
    </message>
</context>
<context>
    <name>NotReferred</name>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="247" />
        <source>Customer declined</source>
        <translation>客户婉拒</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="248" />
        <source>No time now</source>
        <translation>客户没时间</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="249" />
        <source>Already has a wealth manager</source>
        <translation>已有理财经理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="250" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>NotReferredDialog</name>
    <message>
        <location filename="../../ui/NotReferredDialog.qml" line="33" />
        <source>Why is this customer not referred?</source>
        <translation>为什么不转介这位客户？</translation>
    </message>
    <message>
        <location filename="../../ui/NotReferredDialog.qml" line="41" />
        <source>The customer meets the referral standards. The branch head sees the reason at the evening meeting.</source>
        <translation>该客户符合转介标准。网点负责人会在夕会上看到原因。</translation>
    </message>
    <message>
        <location filename="../../ui/NotReferredDialog.qml" line="70" />
        <source>Why, in a few words</source>
        <translation>简单说明原因</translation>
    </message>
    <message>
        <location filename="../../ui/NotReferredDialog.qml" line="83" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/NotReferredDialog.qml" line="91" />
        <source>Save without referral</source>
        <translation>保存，不转介</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <location filename="../../ui/NoteDialog.qml" line="45" />
        <source>Note a problem</source>
        <translation>记录问题</translation>
    </message>
    <message>
        <location filename="../../ui/NoteDialog.qml" line="45" />
        <source>Coaching talk with %1</source>
        <translation>与%1的辅导谈话</translation>
    </message>
    <message>
        <location filename="../../ui/NoteDialog.qml" line="52" />
        <source>It is read out at this evening's meeting, with the time and your name.</source>
        <translation>将在今天的夕会上列出，附时间和记录人。</translation>
    </message>
    <message>
        <location filename="../../ui/NoteDialog.qml" line="53" />
        <source>It shows beside their flags the next time they come up.</source>
        <translation>下次此人被提示需辅导时，显示在提示旁。</translation>
    </message>
    <message>
        <location filename="../../ui/NoteDialog.qml" line="67" />
        <source>What went wrong (e.g. the ticket machine was down for half an hour)</source>
        <translation>出了什么问题（如：叫号机故障半小时）</translation>
    </message>
    <message>
        <location filename="../../ui/NoteDialog.qml" line="68" />
        <source>What you talked about and agreed</source>
        <translation>谈了什么、约定了什么</translation>
    </message>
    <message>
        <location filename="../../ui/NoteDialog.qml" line="84" />
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../ui/NoteDialog.qml" line="95" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/NoteDialog.qml" line="101" />
        <source>Save note</source>
        <translation>保存记录</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <location filename="../../lobby_app/gui/notices_vm.py" line="58" />
        <source>a customer</source>
        <translation>一位客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/notices_vm.py" line="63" />
        <source>%1: the offer of %2 to %3 went unanswered; passed on (escalation %4)</source>
        <translation>%1：%2推送给%3后无人应答，已改派（第%4次）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/notices_vm.py" line="66" />
        <source>%1: everyone on duty declined %2 (%3); the customer waits in the queue</source>
        <translation>%1：在岗理财经理都无法接待%2（%3），客户仍在排队等候</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="210" />
        <source>%1: %2 (%3) locked after 5 wrong PINs in a row, until %4</source>
        <translation>%1：%2（%3）连续输错5次密码，锁定至%4</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="270" />
        <source>Your customer</source>
        <translation>你的客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="276" />
        <source>%1 bought %2</source>
        <translation>%1已购买%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="281" />
        <source>%1: follow-up booked for %2 · %3</source>
        <translation>%1：已约%2跟进 · %3</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="288" />
        <source>%1: everyone on duty declined (%2); the customer waits in the queue</source>
        <translation>%1：在岗理财经理都无法接待（%2），客户仍在排队</translation>
    </message>
</context>
<context>
    <name>NoticeStrip</name>
    <message>
        <location filename="../../ui/NoticeStrip.qml" line="52" />
        <source>+%1 more</source>
        <translation>另有%1条</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeStrip.qml" line="52" />
        <source>Less</source>
        <translation>收起</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeStrip.qml" line="62" />
        <source>Seen</source>
        <translation>知道了</translation>
    </message>
    <message>
        <location filename="../../ui/NoticeStrip.qml" line="62" />
        <source>All seen</source>
        <translation>全部知道了</translation>
    </message>
</context>
<context>
    <name>Outcome</name>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="121" />
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="121" />
        <source>Tomorrow</source>
        <translation>明天</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="126" />
        <source>Expects a higher return</source>
        <translation>收益预期高于产品</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="127" />
        <source>Wants to talk it over with family</source>
        <translation>需要和家人商量</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="128" />
        <source>No spare funds for now</source>
        <translation>暂无闲置资金</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="129" />
        <source>Already holds a similar product</source>
        <translation>已持有同类产品</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="140" />
        <source>Total %1</source>
        <translation>合计%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="144" />
        <source>Credit %1</source>
        <translation>业绩%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="150" />
        <source>by the products' credit percent</source>
        <translation>按产品业绩比例</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="157" />
        <source>Credit %1 goes to the branch head to allocate by participation</source>
        <translation>业绩%1由网点负责人按参与情况分配</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="162" />
        <source>Referrer %1 %2 · You %3 (phase %4, referrer %5%)</source>
        <translation>推荐人：%1 %2 · 你：%3（第%4阶段，推荐人%5%）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="175" />
        <source>Took part: %1</source>
        <translation>参与同事：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="295" />
        <source>Choose the products sold and enter each amount</source>
        <translation>请勾选售出的产品并填写金额</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="339" />
        <source>The referrer and you share the credit anyway</source>
        <translation>推荐人和你本来就分业绩，不必再选</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="340" />
        <source>No longer on the staff</source>
        <translation>已不在职</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/outcome_vm.py" line="342" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="30" />
        <source>Outcome: %1</source>
        <translation>登记结果：%1</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="38" />
        <source>Converted</source>
        <translation>已成交</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="39" />
        <source>Not converted</source>
        <translation>未成交</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="40" />
        <source>Follow-up booked</source>
        <translation>已约跟进</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="90" />
        <source>Amount, e.g. 5万</source>
        <translation>金额，如5万</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="162" />
        <source>The credit and each person's share show here as you enter the amounts</source>
        <translation>填写金额后，这里显示业绩和每人的分成</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="173" />
        <source>Other colleagues took part…</source>
        <translation>其他同事也参与了…</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="210" />
        <source>Who else took part?</source>
        <translation>还有哪些同事参与了？</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="215" />
        <source>Besides the referrer and you. The branch head then allocates the credit by participation.</source>
        <translation>推荐人和你之外的同事。选了之后，业绩由网点负责人按参与情况分配。</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="255" />
        <source>Nobody else</source>
        <translation>没有其他人</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="264" />
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="293" />
        <source>Why not</source>
        <translation>未成交原因</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="325" />
        <source>Follow-up date (YYYY-MM-DD)</source>
        <translation>跟进日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="334" />
        <source>Follow-up time (hh:mm)</source>
        <translation>跟进时间（hh:mm）</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="358" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/OutcomeDialog.qml" line="364" />
        <source>Save outcome</source>
        <translation>保存结果</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="81" />
        <source>Available</source>
        <translation>空闲</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="83" />
        <source>With a customer since %1</source>
        <translation>接待中（%1起）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="86" />
        <source>Away</source>
        <translation>暂离</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="87" />
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="92" />
        <source>break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="93" />
        <source>meeting</source>
        <translation>开会</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="94" />
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="95" />
        <source>an offer went unanswered</source>
        <translation>转介无人应答</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="222" />
        <source>%1: locked after 5 wrong PINs in a row</source>
        <translation>%1：连续输错5次密码被锁定</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="223" />
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="226" />
        <source>%1: the offer to %2 went unanswered</source>
        <translation>%1：推送给%2后未在时限内应答</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="227" />
        <source>%1: everyone on duty declined (%2)</source>
        <translation>%1：在岗理财经理都无法接待（%2）</translation>
    </message>
</context>
<context>
    <name>Purpose</name>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="34" />
        <source>Deposit</source>
        <translation>存款</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="35" />
        <source>Withdrawal</source>
        <translation>取款</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="36" />
        <source>Transfer</source>
        <translation>转账</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="37" />
        <source>Remittance</source>
        <translation>汇款</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="38" />
        <source>Other service</source>
        <translation>其他业务</translation>
    </message>
</context>
<context>
    <name>RoleCard</name>
    <message>
        <location filename="../../ui/RoleCard.qml" line="20" />
        <source>Roles and core duties</source>
        <translation>岗位与核心职责</translation>
    </message>
    <message>
        <location filename="../../ui/RoleCard.qml" line="42" />
        <source>you</source>
        <translation>我的岗位</translation>
    </message>
    <message>
        <location filename="../../ui/RoleCard.qml" line="48" />
        <source>Core duty: %1</source>
        <translation>核心岗责：%1</translation>
    </message>
    <message>
        <location filename="../../ui/RoleCard.qml" line="66" />
        <source>Change my PIN</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../ui/RoleCard.qml" line="77" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="23" />
        <source>Teller</source>
        <translation>柜员</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="24" />
        <source>Lobby manager</source>
        <translation>大堂经理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="25" />
        <source>Wealth manager</source>
        <translation>理财经理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="26" />
        <source>Branch head</source>
        <translation>网点负责人</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="33" />
        <source>Serve fast; refer at the right moment</source>
        <translation>高效快速办理业务，适时转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="34" />
        <source>Identify and recommend; guide and divert</source>
        <translation>识别推荐，引导分流</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="35" />
        <source>Service marketing and customer relationships</source>
        <translation>服务营销，客户关系管理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="36" />
        <source>Coach, set the standards, watch the day, run the credit split</source>
        <translation>辅导各岗、制定标准、盯每日转介、主持分润</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="45" />
        <source>Many chances and the customer's trust, but little time and glass between you and the customer</source>
        <translation>接触客户多、受客户信任，但时间紧，且隔着柜台玻璃</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="48" />
        <source>Many chances and easy to talk to, but no time to spare: while you serve one, the hall waits</source>
        <translation>接触客户多、便于沟通，但分身乏术：接待一位时，整个厅堂都在等</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="51" />
        <source>Professional, with a private desk, but few chances without referrals</source>
        <translation>专业、有独立理财室，但没有转介就少有客源</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="54" />
        <source>Sets the local standards, watches each day's referrals and runs the evening meeting</source>
        <translation>制定本网点转介标准，每日盯转介，主持夕会</translation>
    </message>
</context>
<context>
    <name>Rule</name>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="56" />
        <source>%1 of %2: at least %3</source>
        <translation>%1%2：不低于%3</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="62" />
        <source>Interested in featured products: %1</source>
        <translation>关注主推产品：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="66" />
        <source>Six-month flow at least %1</source>
        <translation>近六个月流水不低于%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="68" />
        <source>Branch rule: %1</source>
        <translation>网点规则：%1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="60" />
        <source>From %1 to %2</source>
        <translation>须在%1到%2之间</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="63" />
        <source>Whole numbers only</source>
        <translation>请填整数</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="65" />
        <source>Only the branch head may change this</source>
        <translation>只有网点负责人可以修改</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="95" />
        <source>Clear the personal details of %1 customers who did not buy, tagged before %2 (over %3 days ago)? Their figures stay. This cannot be undone.</source>
        <translation>清除%1位未成交客户的个人信息（%2之前识别，已超过%3天）？统计数字保留，清除后无法恢复。</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="104" />
        <source>Nobody is due: the details of customers who did not buy are kept for %1 days.</source>
        <translation>没有到期的客户：未成交客户的信息保留%1天。</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="129" />
        <source>Purged the details of %1 customers</source>
        <translation>已清除%1位客户的信息</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="131" />
        <source>Nobody was due for purging</source>
        <translation>没有到期需清除的客户信息</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="147" />
        <source>The scheduled purge has not run yet</source>
        <translation>定时清除尚未运行</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="150" />
        <source>Scheduled purge %1: %2 customers' personal data cleared</source>
        <translation>定时清除%1：已清除%2位客户的个人信息</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="158" />
        <source>No backup yet: see lobby-app hub backup</source>
        <translation>尚无备份：请执行 lobby-app hub backup</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="160" />
        <source>The last backup failed (%1): see lobby-app hub status</source>
        <translation>最近一次备份失败（%1）：请查看 lobby-app hub status</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/settings_vm.py" line="163" />
        <source>Last backup: %1</source>
        <translation>最近备份：%1</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="28" />
        <source>Settings</source>
        <translation>网点设置</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="32" />
        <source>An offer rings for</source>
        <translation>转介应答时限</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="32" />
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="33" />
        <source>Coaching looks back</source>
        <translation>辅导统计最近</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="33" />
        <location filename="../../ui/SettingsPage.qml" line="34" />
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="34" />
        <source>Keep the details of customers who did not buy for</source>
        <translation>未成交客户信息保留</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="64" />
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="67" />
        <source>Save: %1</source>
        <translation>保存：%1</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="83" />
        <source>Customers' personal details</source>
        <translation>客户个人信息</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="86" />
        <source>Every night the details of customers who did not buy are cleared once the period above has passed. Purge now clears them at once; their figures stay.</source>
        <translation>每晚自动清除超过上面保留期限的未成交客户信息。“立即清除”马上清除，统计数字保留。</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="98" />
        <source>Purge now…</source>
        <translation>立即清除…</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="100" />
        <source>Purge now: asks first</source>
        <translation>立即清除（会先确认）</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="152" />
        <location filename="../../ui/SettingsPage.qml" line="154" />
        <source>Purge now</source>
        <translation>立即清除到期客户信息</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="173" />
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="173" />
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../ui/SettingsPage.qml" line="188" />
        <source>Clear %1 customers</source>
        <translation>清除%1位客户</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="29" />
        <source>Beijing time (UTC+8)</source>
        <translation>北京时间（UTC+8）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="30" />
        <source>Xinjiang time (UTC+6)</source>
        <translation>新疆时间（UTC+6）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="31" />
        <source>Hong Kong (UTC+8)</source>
        <translation>香港（UTC+8）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="32" />
        <source>Macao (UTC+8)</source>
        <translation>澳门（UTC+8）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="38" />
        <source>Branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="39" />
        <source>Branch code</source>
        <translation>网点代码</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="40" />
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="41" />
        <source>Credit roll-out date</source>
        <translation>分润启用日期</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="42" />
        <source>Your staff number</source>
        <translation>您的工号</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="43" />
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="44" />
        <source>Your PIN</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="45" />
        <source>Your PIN again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="54" />
        <source>differs from the PIN: type both again</source>
        <translation>与密码不一致，请两次都重新输入</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="56" />
        <source>letters and digits only, no spaces or dashes</source>
        <translation>只能是字母和数字，不能有空格或横线</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="58" />
        <source>choose one of the time zones</source>
        <translation>请选择一个时区</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="60" />
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="63" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="110" />
        <source>%1 is set up. Sign in with your staff number %2 and the PIN you chose.</source>
        <translation>%1已设置完成。请用您的工号%2和刚设置的密码登录。</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/setup_vm.py" line="113" />
        <source>Times show in %1 from the app's next start.</source>
        <translation>重新启动应用后，时间按%1显示。</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <location filename="../../ui/SetupPage.qml" line="91" />
        <source>Set up this branch</source>
        <translation>设置本网点</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="112" />
        <source>No branch on this device yet. As its branch head, set it up once; then sign in with the staff number and PIN you choose here.</source>
        <translation>本机还没有网点。请网点负责人在此设置一次，随后用这里填写的工号和密码登录。</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="130" />
        <source>The branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="134" />
        <source>Branch name</source>
        <translation>网点名称</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="135" />
        <source>e.g. 城东支行</source>
        <translation>如城东支行</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="142" />
        <source>Branch code (the bank's, letters and digits)</source>
        <translation>网点代码（行内编号，字母和数字）</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="143" />
        <source>e.g. CD0101</source>
        <translation>如 CD0101</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="154" />
        <source>Time zone: the branch's day and times follow it</source>
        <translation>时区：网点的营业日和时间以此为准</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="187" />
        <source>Credit roll-out date</source>
        <translation>分润启用日期</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="194" />
        <source>From this day the referrer gets 80% of each sale's credit for 3 months, then 60% for 3 months, then 50%. The head can change this later.</source>
        <translation>自该日起，推荐人前3个月分得每笔业绩的80%，之后3个月为60%，此后为50%。负责人以后可以修改。</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="212" />
        <source>Pick another day…</source>
        <translation>选择其他日期…</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="239" />
        <source>You, the branch head</source>
        <translation>您（网点负责人）</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="243" />
        <source>Your staff number</source>
        <translation>您的工号</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="244" />
        <source>e.g. 8001</source>
        <translation>如8001</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="252" />
        <source>Your name</source>
        <translation>您的姓名</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="253" />
        <source>e.g. 周敏</source>
        <translation>如周敏</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="260" />
        <source>Your PIN</source>
        <translation>您的密码</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="261" />
        <source>6 to 12 digits</source>
        <translation>6至12位数字</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="270" />
        <source>Your PIN again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="271" />
        <source>the same PIN</source>
        <translation>与上面的密码相同</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="278" />
        <source>6 to 12 digits. Not one digit repeated, not a run like 123456, not your staff number.</source>
        <translation>6至12位数字；不能是同一数字重复、123456这样的连续数字或本人工号。</translation>
    </message>
    <message>
        <location filename="../../ui/SetupPage.qml" line="294" />
        <source>Set up the branch</source>
        <translation>完成设置</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="25" />
        <source>This device cannot save the branch hub's latest changes · %1 changes wait here · tell the branch head</source>
        <translation>本机无法保存网点服务器的最新变更 · 本机%1项变更待发送 · 请告知网点负责人</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="33" />
        <source>The branch hub needs an update to take this device's changes · %1 wait here</source>
        <translation>网点服务器需要升级才能接收本机的变更 · 本机%1项变更待发送</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="35" />
        <source>This app is too old for the branch hub: update it · %1 changes wait here</source>
        <translation>本机应用版本过旧，网点服务器无法接收：请升级 · 本机%1项变更待发送</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="81" />
        <source>%1 · NOT ENCRYPTED (plain HTTP)</source>
        <translation>%1 · 未加密（明文 HTTP）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="87" />
        <source>Local store · branch hub not set up</source>
        <translation>本机存储 · 网点服务器未配置</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="93" />
        <source>Connecting to the branch hub…</source>
        <translation>正在连接网点服务器…</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="96" />
        <source>Branch hub unreachable since %1 · %2 changes wait here</source>
        <translation>自%1起连不上网点服务器 · 本机%2项变更待发送</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="101" />
        <source>Branch hub connected · %1 changes being sent</source>
        <translation>已连接网点服务器 · %1项变更发送中</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="102" />
        <source>Branch hub connected · every change confirmed</source>
        <translation>已连接网点服务器 · 变更均已确认</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="114" />
        <source>No connection to the branch hub since %1: this device works on, %2 changes wait</source>
        <translation>自%1起连不上网点服务器：本机照常使用，%2项变更待恢复后发送</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/shell_vm.py" line="176" />
        <source>Only a branch head's PIN ends kiosk mode</source>
        <translation>仅网点负责人密码可退出全屏锁定</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="244" />
        <source>Staff number or PIN is wrong</source>
        <translation>工号或密码错误</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="232" />
        <source>Locked after 5 wrong PINs in a row: try again at %1</source>
        <translation>连续输错5次密码，已锁定：请于%1后再试</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="163" />
        <location filename="../../lobby_app/gui/staff_vm.py" line="161" />
        <source>The new PIN and its repeat differ: type both again</source>
        <translation>两次输入的新密码不一致，请重新输入</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="235" />
        <source>The branch hub cannot be reached: sign in here once it can (the first time on this device)</source>
        <translation>连不上网点服务器：在本机第一次登录，须等服务器连通后再登录</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="239" />
        <source>A PIN can be changed only while the branch hub is reachable</source>
        <translation>连上网点服务器时才能修改密码</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="243" />
        <source>PIN is wrong</source>
        <translation>密码错误</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="274" />
        <source>A new PIN has 6 to 12 digits</source>
        <translation>新密码须为6至12位数字</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="275" />
        <source>A PIN is digits only</source>
        <translation>密码只能是数字</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="276" />
        <source>Too easy to guess: not one digit repeated, not a run like 123456, not your staff number</source>
        <translation>太容易被猜到：不能是同一数字重复、123456这样的连续数字或本人工号</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="279" />
        <source>Choose a PIN other than the current one</source>
        <translation>新密码不能与当前密码相同</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/session_vm.py" line="281" />
        <source>This PIN cannot be used: choose another</source>
        <translation>这个密码不能用，请换一个</translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <location filename="../../ui/SignInPage.qml" line="26" />
        <source>Lobby referral</source>
        <translation>厅堂转介</translation>
    </message>
    <message>
        <location filename="../../ui/SignInPage.qml" line="33" />
        <location filename="../../ui/SignInPage.qml" line="80" />
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../ui/SignInPage.qml" line="52" />
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/SignInPage.qml" line="62" />
        <source>PIN</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/SignInPage.qml" line="80" />
        <source>Checking…</source>
        <translation>正在核对…</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="71" />
        <source>Left the branch</source>
        <translation>已离开网点</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="73" />
        <source>Locked until %1</source>
        <translation>锁定至%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="102" />
        <source>%1 can sign in with the one-time PIN, and will choose their own</source>
        <translation>%1可用一次性密码登录，登录后将设置自己的密码</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="129" />
        <source>Saved: the lobby tells customers where to go</source>
        <translation>已保存：大堂会告诉客户去哪里</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="144" />
        <source>New one-time PIN given: it must be changed at the next sign-in</source>
        <translation>已设一次性密码：下次登录时必须修改</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="184" />
        <source>The branch needs an active branch head: name another first</source>
        <translation>网点须有一位在职负责人：请先指定另一位</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="185" />
        <source>This colleague no longer works at the branch</source>
        <translation>该同事已不在本网点</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="186" />
        <source>Letters and digits only</source>
        <translation>只能是字母和数字</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="187" />
        <source>This staff number is taken</source>
        <translation>该工号已被使用</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="188" />
        <source>Choose a role</source>
        <translation>请选择岗位</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="189" />
        <source>Only the branch head may change the staff</source>
        <translation>只有网点负责人可以管理员工</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="190" />
        <source>Someone was added meanwhile: add them again</source>
        <translation>刚有其他人被添加，请重新添加</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="191" />
        <source>Only a wealth manager receives customers at a place</source>
        <translation>只有理财经理需要设置接待地点</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/staff_vm.py" line="192" />
        <source>One line only</source>
        <translation>只能填一行</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <location filename="../../ui/StaffPage.qml" line="30" />
        <source>Add a colleague</source>
        <translation>添加同事</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="40" />
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="41" />
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="55" />
        <location filename="../../ui/StaffPage.qml" line="217" />
        <source>One-time PIN</source>
        <translation>一次性密码</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="64" />
        <location filename="../../ui/StaffPage.qml" line="218" />
        <source>One-time PIN again</source>
        <translation>再次输入一次性密码</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="73" />
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="104" />
        <source>The branch's staff</source>
        <translation>本网点员工</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="128" />
        <source>this is you</source>
        <translation>本人</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="154" />
        <source>Desk or room</source>
        <translation>接待位置</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="155" />
        <source>Where %1 receives customers</source>
        <translation>%1的接待位置</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="170" />
        <source>New PIN</source>
        <translation>新密码</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="181" />
        <location filename="../../ui/StaffPage.qml" line="269" />
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="209" />
        <source>A new PIN for %1</source>
        <translation>为%1设置新密码</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="211" />
        <source>Check who is asking. Their old PIN stops working and their sign-ins end on every device; they choose their own PIN with this one.</source>
        <translation>请先核实对方身份。旧密码随即失效，其在所有设备上的登录都会结束；对方凭这个密码登录后再设置自己的密码。</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="223" />
        <location filename="../../ui/StaffPage.qml" line="265" />
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="227" />
        <source>Give this PIN</source>
        <translation>设为此密码</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="254" />
        <source>Deactivate %1?</source>
        <translation>停用%1？</translation>
    </message>
    <message>
        <location filename="../../ui/StaffPage.qml" line="256" />
        <source>They can no longer sign in on any device. A customer they hold goes back to the queue, to the next free colleague. Their history and credit stay.</source>
        <translation>停用后其无法在任何设备登录。其手上的客户回到排队，转给下一位空闲同事。其历史记录和分润保留。</translation>
    </message>
</context>
<context>
    <name>Standards</name>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="34" />
        <source>Featured</source>
        <translation>主推</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="35" />
        <source>Simple</source>
        <translation>简单</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="36" />
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="43" />
        <source>featured</source>
        <translation>主推产品</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="44" />
        <source>simple</source>
        <translation>简单产品</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="45" />
        <source>other</source>
        <translation>其他产品</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="51" />
        <source>Amount this visit</source>
        <translation>本次交易金额</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="52" />
        <source>Six-month flow</source>
        <translation>近六个月流水</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="53" />
        <source>Purpose of the visit</source>
        <translation>办理业务</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="54" />
        <source>Products of interest</source>
        <translation>意向产品</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="55" />
        <source>Clear purchase intent</source>
        <translation>明确购买意向</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="56" />
        <source>In a hurry</source>
        <translation>赶时间</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="63" />
        <source>at least</source>
        <translation>不低于</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="64" />
        <source>more than</source>
        <translation>高于</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="65" />
        <source>at most</source>
        <translation>不高于</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="66" />
        <source>less than</source>
        <translation>低于</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="67" />
        <source>exactly</source>
        <translation>等于</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="70" />
        <source>include</source>
        <translation>包含</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="72" />
        <source>is not</source>
        <translation>不是</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="73" />
        <source>is</source>
        <translation>为</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="77" />
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="77" />
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="96" />
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="102" />
        <source>The branch's first standards</source>
        <translation>本网点首版转介标准</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="111" />
        <source>%1 threshold %2 → %3</source>
        <translation>%1单笔金额门槛%2 → %3</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="118" />
        <source>Six-month flow %1 → %2</source>
        <translation>近六个月流水门槛%1 → %2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="127" />
        <source>Product added: %1 (%2)</source>
        <translation>新增产品：%1（%2）</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="134" />
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="141" />
        <source>%1 credit weight %2% → %3%</source>
        <translation>%1业绩比例%2% → %3%</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="149" />
        <source>Product removed: %1</source>
        <translation>删除产品：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="154" />
        <source>Rule added: %1</source>
        <translation>新增规则：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="156" />
        <source>Rule changed: %1</source>
        <translation>修改规则：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="159" />
        <source>Rule removed: %1</source>
        <translation>删除规则：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_wording.py" line="161" />
        <source>No change to the standards</source>
        <translation>标准无变化</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="395" />
        <source>Version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="396" />
        <source>From %1</source>
        <translation>%1起生效</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="398" />
        <source>Saved by %1, %2</source>
        <translation>%1保存于%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="402" />
        <source>The defaults of a new branch, set up %1</source>
        <translation>新网点默认标准，建立于%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="409" />
        <source>In force</source>
        <translation>生效中</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="411" />
        <source>Scheduled</source>
        <translation>待生效</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="446" />
        <location filename="../../lobby_app/gui/standards_vm.py" line="503" />
        <source>was %1</source>
        <translation>原为%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="465" />
        <source>credit weight was %1%</source>
        <translation>业绩比例原为%1%</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="507" />
        <source>Only the branch head may change the referral standards</source>
        <translation>只有网点负责人可以修改转介标准</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="509" />
        <source>A time like %1</source>
        <translation>请按此格式填写时间：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="511" />
        <source>Must not be in the past: choose now or a later time</source>
        <translation>生效时间不能早于现在：请选择立即生效或之后的时间</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="514" />
        <source>A whole number of percent, from 0 to 100</source>
        <translation>请填0到100的整数</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="516" />
        <source>From 0 to 100</source>
        <translation>须在0到100之间</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="526" />
        <location filename="../../lobby_app/gui/standards_vm.py" line="674" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="540" />
        <source>%1 threshold</source>
        <translation>%1单笔金额门槛</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="542" />
        <source>Six-month flow threshold</source>
        <translation>近六个月流水门槛</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="544" />
        <source>Takes effect</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="546" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="549" />
        <source>Rule %1</source>
        <translation>规则%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="582" />
        <source>Version %1, in force since %2</source>
        <translation>第%1版，%2起生效</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="591" />
        <source>Version %1 takes effect %2</source>
        <translation>第%1版将于%2生效</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="600" />
        <source>A new version, starting from version %1</source>
        <translation>在第%1版基础上修改</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="615" />
        <source>Version %1 is scheduled for %2 and will replace this version then</source>
        <translation>第%1版将于%2生效，届时将取代本版</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="622" />
        <source>No changes yet</source>
        <translation>尚未修改</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="625" />
        <source>Correct the marked fields</source>
        <translation>请更正标红的内容</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="626" />
        <source>Changes: %1</source>
        <translation>本次修改：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="633" />
        <source>No customers were tagged in the last %1 days: nothing to compare</source>
        <translation>近%1天没有识别客户，无从比较</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="637" />
        <source>With this change, %1 more of the last %3 days' %2 customers would have been eligible</source>
        <translation>按此修改，近%3天识别的%2位客户中，将多%1位达标</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="650" />
        <source>Eligible: %1 under the standards of the day, %2 with this change</source>
        <translation>达标人数：按当时标准%1位，按此修改%2位</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="655" />
        <source>%1 who were eligible would no longer be</source>
        <translation>原达标客户中有%1位将不再达标</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="666" />
        <source>Saved as version %1, in force from %2</source>
        <translation>已保存为第%1版，%2起生效</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="676" />
        <source>Not saved. %1</source>
        <translation>未保存。%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="677" />
        <source>No preview. %1</source>
        <translation>无法预览。%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="924" />
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="925" />
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="926" />
        <source>Field</source>
        <translation>条件项</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="927" />
        <source>Comparison</source>
        <translation>比较方式</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="928" />
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="929" />
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="930" />
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/standards_vm.py" line="931" />
        <source>Credit weight</source>
        <translation>业绩比例</translation>
    </message>
</context>
<context>
    <name>StandardsPage</name>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="24" />
        <source>New version of the standards</source>
        <translation>新版转介标准</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="32" />
        <location filename="../../ui/StandardsPage.qml" line="37" />
        <source>Takes effect</source>
        <translation>生效时间</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="39" />
        <source>Now, when saved</source>
        <translation>保存后立即生效</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="46" />
        <source>Now</source>
        <translation>立即</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="53" />
        <source>Tomorrow 08:00</source>
        <translation>明天 08:00</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="59" />
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="67" />
        <source>Why the change, for the team</source>
        <translation>修改原因（供团队查看）</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="108" />
        <source>Preview on the last 7 days</source>
        <translation>按近7天客户预览</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="114" />
        <source>Save as a new version</source>
        <translation>保存为新版本</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="122" />
        <source>Discard changes</source>
        <translation>放弃修改</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="179" />
        <source>Amount thresholds</source>
        <translation>单笔金额门槛</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="180" />
        <source>Eligible from the amount itself: 5万 means 50,000 or more</source>
        <translation>达到门槛即达标：5万即5万元及以上</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="184" />
        <source>One deposit, withdrawal, transfer or remittance in this visit</source>
        <translation>本次单笔存、取、转、汇金额</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="239" />
        <source>Transaction flow over the last six months</source>
        <translation>近六个月交易流水</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="246" />
        <location filename="../../ui/StandardsPage.qml" line="252" />
        <source>Six-month flow</source>
        <translation>近六个月流水</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="283" />
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="287" />
        <source>Featured: interest alone meets the standard. Simple: never a reason to refer on its own. Other: counts only through a branch rule.</source>
        <translation>主推产品：客户有意向即达标。简单产品：不能单独作为转介理由。其他产品：仅在网点自定义规则中计入。</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="287" />
        <source>Credit weight: the part of a sale that counts as performance when the credit is split (100% unless the branch says otherwise).</source>
        <translation>业绩比例：销售额中计入业绩、参与分润的部分（默认100%）。</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="337" />
        <location filename="../../ui/StandardsPage.qml" line="343" />
        <source>Credit weight</source>
        <translation>业绩比例</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="381" />
        <source>Branch rules</source>
        <translation>网点自定义规则</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="382" />
        <source>A customer is also eligible when any of these holds</source>
        <translation>满足其中任一条，客户也达标</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="387" />
        <source>No branch rules: the three standard rules above decide.</source>
        <translation>暂无自定义规则：按上述三条标准判断。</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="420" />
        <source>Rule %1: when</source>
        <translation>规则%1：当</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="450" />
        <source>e.g. 20万</source>
        <translation>如20万</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="471" />
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="480" />
        <source>Shown as</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="487" />
        <source>Name in Chinese</source>
        <translation>中文名称</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="496" />
        <source>Name in English</source>
        <translation>英文名称</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="512" />
        <source>Add a rule</source>
        <translation>添加规则</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="521" />
        <source>Versions</source>
        <translation>版本记录</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="522" />
        <source>%1 saved</source>
        <translation>共%1版</translation>
    </message>
    <message>
        <location filename="../../ui/StandardsPage.qml" line="597" />
        <source>Edit from this</source>
        <translation>以此版为基础修改</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../lobby_app/gui/start.py" line="137" />
        <source>This device's records could not be opened, so no one can sign in here; tell the branch head: %1</source>
        <translation>本机记录无法打开，暂不能在此登录，请告知网点负责人：%1</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="149" />
        <source>taken by %1</source>
        <translation>%1已先接了</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="159" />
        <source>%1 — %2: %3</source>
        <translation>%1 — %2：%3</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="161" />
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="164" />
        <source>and %1 more</source>
        <translation>另有%1项</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="172" />
        <source>Saved here, not sent yet</source>
        <translation>已存本机，尚未发送</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="173" />
        <source>Sent to the hub</source>
        <translation>已发送至网点服务器</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="174" />
        <source>Refused by the hub: %1</source>
        <translation>网点服务器没有接受：%1</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="181" />
        <source>accepting the customer</source>
        <translation>接待客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="182" />
        <source>declining the customer</source>
        <translation>暂不接待客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="183" />
        <source>customer arrived</source>
        <translation>客户已到</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="184" />
        <source>recording the outcome</source>
        <translation>记录结果</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="185" />
        <source>call not answered</source>
        <translation>电话未接通</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="186" />
        <source>presence</source>
        <translation>在岗状态</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="187" />
        <source>tagging the customer</source>
        <translation>识别客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="188" />
        <source>referral</source>
        <translation>转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="189" />
        <source>cancelling the referral</source>
        <translation>取消转介</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="190" />
        <source>booking a callback</source>
        <translation>预约回电</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="191" />
        <source>offering to a wealth manager</source>
        <translation>推送给理财经理</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="192" />
        <source>moving unanswered offers on</source>
        <translation>无人应答改派</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="193" />
        <source>the response time</source>
        <translation>响应时限</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="194" />
        <source>allocating shared credit</source>
        <translation>分配多人参与的业绩</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="195" />
        <source>the referral standards</source>
        <translation>转介标准</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="196" />
        <source>the credit phases</source>
        <translation>业绩分润阶段</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="197" />
        <source>closing the month's credit</source>
        <translation>月度业绩结账</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="198" />
        <source>the coaching period</source>
        <translation>辅导统计天数</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="199" />
        <source>the retention period</source>
        <translation>客户信息保留期</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="200" />
        <source>purging customer data</source>
        <translation>清除客户信息</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="201" />
        <source>locking a staff number after wrong PINs</source>
        <translation>密码输错锁定工号</translation>
    </message>
</context>
<context>
    <name>TagForm</name>
    <message>
        <location filename="../../ui/TagForm.qml" line="14" />
        <source>What did the customer come for?</source>
        <translation>客户来办什么业务？</translation>
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="38" />
        <location filename="../../ui/TagForm.qml" line="43" />
        <source>How to address the customer</source>
        <translation>客户称呼</translation>
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="39" />
        <location filename="../../ui/TagForm.qml" line="61" />
        <source>Ticket no.</source>
        <translation>排队号</translation>
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="45" />
        <source>e.g. 王先生</source>
        <translation>如：王先生</translation>
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="63" />
        <source>e.g. A023</source>
        <translation>如：A023</translation>
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="104" />
        <location filename="../../ui/TagForm.qml" line="108" />
        <source>Amount (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="110" />
        <source>e.g. 50000 or 5万</source>
        <translation>如50000或5万</translation>
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="157" />
        <source>Ready to buy</source>
        <translation>有明确购买意向</translation>
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="164" />
        <source>In a hurry</source>
        <translation>赶时间</translation>
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="177" />
        <source>Featured products the customer asked about</source>
        <translation>客户咨询的主推产品</translation>
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="192" />
        <source>Other products</source>
        <translation>其他产品</translation>
    </message>
    <message>
        <location filename="../../ui/TagForm.qml" line="209" />
        <source>Flow over the last six months</source>
        <translation>近六个月流水</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="111" />
        <source>Enter a name or a ticket no.: the wealth manager needs one to find the customer</source>
        <translation>请填写客户称呼或排队号，理财经理才能找到客户</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="184" />
        <source>Unknown</source>
        <translation>不详</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="185" />
        <source>Under %1</source>
        <translation>%1以下</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="186" />
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="187" />
        <source>%1 or more</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="203" />
        <source>Choose what the customer came for</source>
        <translation>请选择客户办理的业务</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="204" />
        <source>Correct the marked field</source>
        <translation>请更正标记的栏目</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="205" />
        <source>Meets the referral standards</source>
        <translation>符合转介标准</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="206" />
        <source>Does not meet the referral standards</source>
        <translation>不符合转介标准</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/tag_form_vm.py" line="219" />
        <source>Branch standards, version %1</source>
        <translation>网点转介标准（第%1版）</translation>
    </message>
</context>
<context>
    <name>TextSizeButton</name>
    <message>
        <location filename="../../ui/TextSizeButton.qml" line="9" />
        <location filename="../../ui/TextSizeButton.qml" line="46" />
        <source>Largest</source>
        <translation>最大</translation>
    </message>
    <message>
        <location filename="../../ui/TextSizeButton.qml" line="9" />
        <location filename="../../ui/TextSizeButton.qml" line="45" />
        <source>Larger</source>
        <translation>较大</translation>
    </message>
    <message>
        <location filename="../../ui/TextSizeButton.qml" line="9" />
        <location filename="../../ui/TextSizeButton.qml" line="44" />
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <location filename="../../ui/TextSizeButton.qml" line="14" />
        <location filename="../../ui/TextSizeButton.qml" line="39" />
        <source>Text size</source>
        <translation>字号</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="73" />
        <source>Simple products only (online banking, mobile banking, SMS alerts): serve in the lobby</source>
        <translation>仅涉及简单产品（网银、手机银行、短信通知）：厅堂服务</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/wording.py" line="76" />
        <source>No referral standard is met: serve in the lobby</source>
        <translation>未达任何转介标准：厅堂服务</translation>
    </message>
</context>
<context>
    <name>Wait</name>
    <message>
        <location filename="../../lobby_app/gui/formatting.py" line="57" />
        <source>no one on duty</source>
        <translation>无人在岗</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/formatting.py" line="60" />
        <source>now</source>
        <translation>无需等候</translation>
    </message>
    <message>
        <location filename="../../lobby_app/gui/formatting.py" line="61" />
        <source>about %1 min</source>
        <translation>约%1分钟</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../../ui/Workspace.qml" line="64" />
        <source>Lobby referral</source>
        <translation>厅堂转介</translation>
    </message>
    <message>
        <location filename="../../ui/Workspace.qml" line="73" />
        <source>Tag a customer</source>
        <translation>识别客户</translation>
    </message>
    <message>
        <location filename="../../ui/Workspace.qml" line="80" />
        <source>My referrals (%1)</source>
        <translation>我的转介（%1）</translation>
    </message>
    <message>
        <location filename="../../ui/Workspace.qml" line="87" />
        <source>The branch</source>
        <translation>网点</translation>
    </message>
    <message>
        <location filename="../../ui/Workspace.qml" line="112" />
        <source>My role</source>
        <translation>岗位职责</translation>
    </message>
    <message>
        <location filename="../../ui/Workspace.qml" line="131" />
        <source>Lock</source>
        <translation>锁屏</translation>
    </message>
    <message>
        <location filename="../../ui/Workspace.qml" line="138" />
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../ui/Workspace.qml" line="164" />
        <source>Exit kiosk</source>
        <translation>退出全屏锁定</translation>
    </message>
</context>
</TS>