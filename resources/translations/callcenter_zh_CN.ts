<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../callcenter/gui/agent/names.py" line="11"/>
        <source>Logged out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/names.py" line="12"/>
        <source>Available</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/names.py" line="13"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/names.py" line="14"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/names.py" line="15"/>
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/names.py" line="16"/>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/names.py" line="17"/>
        <source>After-call work</source>
        <translation>话后处理</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="95"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="95"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="95"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="95"/>
        <source>Time in state</source>
        <translation>状态时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="96"/>
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="96"/>
        <source>Calls handled</source>
        <translation>已处理通话</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../callcenter/gui/app.py" line="63"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="64"/>
        <source>The database could not be opened:
%1</source>
        <translation>数据库无法打开：
%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="67"/>
        <source>No accounts yet</source>
        <translation>还没有账户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="67"/>
        <source>This database has no user accounts. Open the demo with `callcenter console --demo`, or fill a database with `callcenter demo-data --db FILE`.</source>
        <translation>此数据库没有用户账户。请用 `callcenter console --demo` 打开演示，或用 `callcenter demo-data --db 文件` 生成数据。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="78"/>
        <source>Cannot join the live simulation</source>
        <translation>无法加入实时模拟</translation>
    </message>
</context>
<context>
    <name>BoardCharts</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="29"/>
        <source>Service level (30 min) and calls waiting</source>
        <translation>服务水平（30 分钟）与排队来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="30"/>
        <source>Service level %</source>
        <translation>服务水平 %</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="31"/>
        <source>Calls waiting</source>
        <translation>排队来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="32"/>
        <source>Arrivals against the forecast (calls/hour)</source>
        <translation>实际来电与预测（通/小时）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="33"/>
        <source>Arrivals</source>
        <translation>实际来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="34"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="41"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="69"/>
        <source>Queue board</source>
        <translation>队列看板</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="103"/>
        <source> calls/h</source>
        <translation> 通/小时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="104"/>
        <source>Set &amp;rate</source>
        <translation>设置来电量(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="106"/>
        <source>&amp;Add agent</source>
        <translation>增加坐席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="108"/>
        <source>Re&amp;move agent</source>
        <translation>减少坐席(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="110"/>
        <source>&amp;Wallboard [F11]</source>
        <translation>大屏模式(&amp;W) [F11]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="112"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="112"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="179"/>
        <source>Simulated %1</source>
        <translation>模拟时间 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="192"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — live (30 min): service level %2, ASA %3, abandoned %4.  Erlang A for %5 agents at %6 calls/h: service level %7, ASA %8, abandoned %9.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 实时（30 分钟）：服务水平 %2，平均应答速度 %3，放弃率 %4。  Erlang A 预测（%5 名坐席、%6 通/小时）：服务水平 %7，平均应答速度 %8，放弃率 %9。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="205"/>
        <source>%1: service level %2 below %3</source>
        <translation>%1：服务水平 %2 低于 %3</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="208"/>
        <source>%1: longest wait %2 above %3</source>
        <translation>%1：最长等待 %2 超过 %3</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="219"/>
        <source>Queue alarm</source>
        <translation>队列告警</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="254"/>
        <source>Force &amp;Available</source>
        <translation>强制就绪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="254"/>
        <source>Force &amp;Not ready</source>
        <translation>强制未就绪(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="255"/>
        <source>&amp;Log out</source>
        <translation>登出(&amp;L)</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="27"/>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="69"/>
        <source>No call</source>
        <translation>无通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="35"/>
        <source>&amp;Answer</source>
        <translation>接听(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="36"/>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="60"/>
        <source>&amp;Hold</source>
        <translation>保持(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="37"/>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="63"/>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="38"/>
        <source>&amp;Transfer…</source>
        <translation>转接(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="39"/>
        <source>&amp;Complete transfer</source>
        <translation>完成转接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="40"/>
        <source>Ca&amp;ncel transfer</source>
        <translation>取消转接(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="41"/>
        <source>&amp;End call</source>
        <translation>挂断(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="60"/>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="63"/>
        <source>Un&amp;mute</source>
        <translation>取消静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="75"/>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="77"/>
        <source>Talk %1</source>
        <translation>通话 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="79"/>
        <source>Held %1×</source>
        <translation>保持 %1 次</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="81"/>
        <source>MUTED</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="83"/>
        <source>Consulting %1 — caller on hold</source>
        <translation>正在咨询 %1 — 来电者保持中</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="20"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="22"/>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="22"/>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="22"/>
        <source>Which</source>
        <translation>哪一条</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="29"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="29"/>
        <source>Current version (kept)</source>
        <translation>当前版本（已保留）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="30"/>
        <source>Overwritten version</source>
        <translation>被覆盖的版本</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="33"/>
        <source>&amp;Keep the current version</source>
        <translation>保留当前版本(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="34"/>
        <source>&amp;Use the overwritten version</source>
        <translation>改用被覆盖的版本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="46"/>
        <source>Two consoles changed the same record while apart. The later change was kept; pick which version should stay.</source>
        <translation>两台工作台在离线期间修改了同一条记录。系统保留了较晚的修改；请选择要保留的版本。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="68"/>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="74"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="74"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="74"/>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="103"/>
        <source>Email address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="75"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="75"/>
        <source>Customer note</source>
        <translation>客户备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="76"/>
        <source>Call record</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="76"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="76"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="77"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="93"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="93"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="94"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="94"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="95"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="95"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="95"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="96"/>
        <source>Value score</source>
        <translation>价值分</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="96"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="97"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="98"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="98"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="99"/>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="99"/>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="100"/>
        <source>Recording consent</source>
        <translation>录音同意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="100"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="101"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="101"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="101"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="102"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="102"/>
        <source>Number as given</source>
        <translation>原始号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="102"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="103"/>
        <source>Primary</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="103"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="110"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="110"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="138"/>
        <source>Could not resolve: %1</source>
        <translation>无法处理：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="141"/>
        <source>Resolved. The choice reaches the other consoles with the next sync.</source>
        <translation>已处理。下次同步时，其他工作台也会采用这一选择。</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="79"/>
        <source>Not possible now: %1</source>
        <translation>现在无法操作：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="84"/>
        <source>Could not save the call record: %1 (it will be retried with the next change)</source>
        <translation>无法保存通话记录：%1（下次变更时将重试）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="121"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="121"/>
        <source>Call from %1</source>
        <translation>来自 %1 的来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="133"/>
        <source>Lookup failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="49"/>
        <source>Agent console — %1</source>
        <translation>坐席工作台 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="78"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="82"/>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="95"/>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="95"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="95"/>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="96"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="140"/>
        <source>&amp;Agent</source>
        <translation>坐席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="141"/>
        <source>&amp;Available</source>
        <translation>就绪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="142"/>
        <source>&amp;Not ready</source>
        <translation>未就绪(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="145"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="147"/>
        <source>Log &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="148"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="149"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="150"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="152"/>
        <source>&amp;Live</source>
        <translation>实时(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="153"/>
        <source>Open the &amp;queue board</source>
        <translation>打开队列看板(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="154"/>
        <source>LIVE SIMULATION %1×</source>
        <translation>实时模拟 %1×</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="157"/>
        <source>&amp;Demo</source>
        <translation>演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="159"/>
        <source>&amp;Ring me (random caller)</source>
        <translation>给我来电（随机来电者）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="160"/>
        <source>Ring me &amp;from a number…</source>
        <translation>用指定号码来电(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="161"/>
        <source>Caller &amp;hangs up</source>
        <translation>来电者挂断(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="162"/>
        <source>&amp;Line fails</source>
        <translation>线路故障(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="163"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="164"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="185"/>
        <source>Withheld number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="187"/>
        <source>Unknown caller</source>
        <translation>未知来电者</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="189"/>
        <source>Ringing: %1</source>
        <translation>振铃：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="191"/>
        <source>Wrap-up: %1</source>
        <translation>话后处理：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="238"/>
        <source>Ring me</source>
        <translation>给我来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="238"/>
        <source>Caller&apos;s number as the network sends it:</source>
        <translation>网络送来的来电号码：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="244"/>
        <source>Become Available first: calls ring only when you are available.</source>
        <translation>请先切换为就绪：只有就绪时才会来电。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="271"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="272"/>
        <source>F2 Answer · F3 Hold/Resume · F4 Mute · F5 End call · F6 Transfer · F7 Complete transfer · F8 Cancel transfer
F9 Available · F10 Not ready · Ctrl+F Search · Ctrl+N New customer
Demo: Ctrl+R Ring me · Ctrl+Shift+R Ring me from a number · Ctrl+H Caller hangs up · Ctrl+L Line fails</source>
        <translation>F2 接听 · F3 保持/恢复 · F4 静音 · F5 挂断 · F6 转接 · F7 完成转接 · F8 取消转接
F9 就绪 · F10 未就绪 · Ctrl+F 搜索 · Ctrl+N 新建客户
演示：Ctrl+R 给我来电 · Ctrl+Shift+R 用指定号码来电 · Ctrl+H 来电者挂断 · Ctrl+L 线路故障</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="279"/>
        <source>A call is in progress</source>
        <translation>通话进行中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="280"/>
        <source>Close the console and drop the call? The call record is kept.</source>
        <translation>关闭工作台并中断通话？通话记录会保留。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="26"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="26"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="30"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="31"/>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="49"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="36"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="37"/>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="40"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="40"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="40"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="43"/>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="44"/>
        <source>Agrees to marketing</source>
        <translation>同意接收营销</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="47"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="47"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="48"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="50"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="50"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="51"/>
        <source>Phone type</source>
        <translation>电话类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="51"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="98"/>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="99"/>
        <source>Enter a family name or a given name.</source>
        <translation>请输入姓或名。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="100"/>
        <source>This is not an email address (example: name@example.com).</source>
        <translation>这不是电子邮件地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="101"/>
        <source>Choose a language.</source>
        <translation>请选择语言。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="102"/>
        <source>This phone number is too short.</source>
        <translation>电话号码太短。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="103"/>
        <source>This phone number is too long.</source>
        <translation>电话号码太长。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="104"/>
        <source>This phone number has the wrong number of digits.</source>
        <translation>电话号码位数不对。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="105"/>
        <source>A phone number needs digits.</source>
        <translation>电话号码需要数字。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="106"/>
        <source>The country code of this phone number is unknown.</source>
        <translation>此电话号码的国家代码未知。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="107"/>
        <source>This is not a phone number in use. Check the digits.</source>
        <translation>这不是在用的电话号码，请检查数字。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="108"/>
        <source>This phone number is not valid.</source>
        <translation>此电话号码无效。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="130"/>
        <source>Could not save: %1. Your entries are kept; try again.</source>
        <translation>无法保存：%1。您输入的内容已保留，请重试。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="20"/>
        <location filename="../../ui/login_dialog.ui" line="6"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="25"/>
        <source>Demo database. Accounts (user / password): %1</source>
        <translation>演示数据库。账户（用户名 / 密码）：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="32"/>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="32"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="33"/>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="33"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="39"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="42"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="48"/>
        <source>That user name and password do not match. Try again.</source>
        <translation>用户名和密码不匹配，请重试。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="57"/>
        <source>Could not check the password: %1</source>
        <translation>无法验证密码：%1</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="10"/>
        <source>Contact Center Console</source>
        <translation>呼叫中心工作台</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="18"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../ui/login_dialog.ui" line="27"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="15"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="19"/>
        <source>Two-letter country code for numbers without +country (US, CN, GB…)</source>
        <translation>无国家代码号码使用的两字母国家代码（US、CN、GB…）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="22"/>
        <source>Ring time before a missed call (s)</source>
        <translation>振铃多久算未接（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="23"/>
        <source>After-call work time (s)</source>
        <translation>话后处理时长（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="24"/>
        <source>Extend adds (s)</source>
        <translation>每次延长（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="25"/>
        <source>Missed calls in a row before staying Not ready</source>
        <translation>连续未接多少次后保持未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="26"/>
        <source>Not ready after one missed call (s)</source>
        <translation>一次未接后的未就绪时长（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="34"/>
        <source>Available</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="35"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="37"/>
        <source>Play the ring tone</source>
        <translation>播放铃声</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="39"/>
        <source>Default country for numbers</source>
        <translation>号码默认国家</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="40"/>
        <source>After wrap-up become</source>
        <translation>话后处理结束后切换为</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="57"/>
        <source>&apos;%1&apos; is not a country code phone numbers know (try US, CN, GB).</source>
        <translation>“%1”不是已知的国家代码（可试 US、CN、GB）。</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="65"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="65"/>
        <source>Waiting</source>
        <translation>排队</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="65"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="65"/>
        <source>SL today</source>
        <translation>今日服务水平</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="66"/>
        <source>SL 30 min</source>
        <translation>30 分钟服务水平</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="66"/>
        <source>ASA</source>
        <translation>平均应答</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="66"/>
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="66"/>
        <source>Abandoned</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="67"/>
        <source>Available</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="67"/>
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="67"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="67"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="40"/>
        <source>Missed call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="41"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="42"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="43"/>
        <source>Logged in</source>
        <translation>刚登录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="44"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="45"/>
        <source>Shift ended</source>
        <translation>下班</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="101"/>
        <source>&amp;Create customer</source>
        <translation>新建客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="105"/>
        <source>Searc&amp;h customers</source>
        <translation>搜索客户(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="120"/>
        <source>Several customers share this number. Ask the caller&apos;s name, then choose:</source>
        <translation>多位客户共用此号码。请询问来电者姓名后选择：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="140"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="160"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="160"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="160"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="161"/>
        <source>Credit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="161"/>
        <source>Spend, last 12 months</source>
        <translation>近 12 个月消费</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="162"/>
        <source>Usually buys</source>
        <translation>常购商品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="162"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="162"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="178"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="178"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="178"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="178"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="179"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="179"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="179"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="179"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="180"/>
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="180"/>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="187"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="181"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="181"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="181"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="181"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="182"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="184"/>
        <source>Recent calls</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="185"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="186"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="199"/>
        <source>No caller</source>
        <translation>无来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="200"/>
        <source>The caller&apos;s record appears here when a call rings.</source>
        <translation>来电振铃时，这里会显示来电者的资料。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="204"/>
        <source>Looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="204"/>
        <source>caller</source>
        <translation>来电者</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="215"/>
        <source>%n customer(s) on %1</source>
        <translation>
            <numerusform>%1 上有 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="226"/>
        <source>New caller: %1</source>
        <translation>新来电者：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="227"/>
        <source>No customer has this number. Create one now, or search by name.</source>
        <translation>没有客户使用此号码。可立即新建客户，或按姓名搜索。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="229"/>
        <source>Number withheld</source>
        <translation>号码已隐藏</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="230"/>
        <source>The caller hid their number. Ask for their name or account number.</source>
        <translation>来电者隐藏了号码。请询问其姓名或账号。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="232"/>
        <source>Not a valid phone number: %1</source>
        <translation>无效的电话号码：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="234"/>
        <source>The network sent a number that cannot be used (%1). The call works normally; find the customer by name.</source>
        <translation>网络送来的号码无法使用（%1）。通话照常进行；请按姓名查找客户。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="249"/>
        <source>too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="249"/>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="250"/>
        <source>wrong number of digits</source>
        <translation>位数不对</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="250"/>
        <source>no digits</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="251"/>
        <source>unknown country code</source>
        <translation>国家代码未知</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="252"/>
        <source>not a number in use</source>
        <translation>不是在用号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="253"/>
        <source>not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="256"/>
        <source>Platinum</source>
        <translation>白金</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="256"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="256"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="257"/>
        <source>Bronze</source>
        <translation>铜卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="261"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="261"/>
        <source>Credit limit reached</source>
        <translation>已达信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="262"/>
        <source>High churn risk</source>
        <translation>流失风险高</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="262"/>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="263"/>
        <source>Unresolved complaint</source>
        <translation>有未解决投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="264"/>
        <source>Sensitive data masked</source>
        <translation>敏感信息已遮蔽</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="275"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="275"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="276"/>
        <source>value %1/100</source>
        <translation>价值 %1/100</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="280"/>
        <source>customer since %1</source>
        <translation>%1 起成为客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="294"/>
        <source>%1 of %2 used</source>
        <translation>已用 %1 / 额度 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="298"/>
        <source>%1 (%n order(s) in all)</source>
        <translation>
            <numerusform>%1（共 %n 笔订单）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="306"/>
        <source>OVERDUE</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="319"/>
        <source>[private — hidden for your role]</source>
        <translation>[私密 — 您的角色不可见]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="320"/>
        <source>Open complaints (%1)</source>
        <translation>未结投诉（%1）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="327"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="327"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="327"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="328"/>
        <source>fax</source>
        <translation>传真</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="21"/>
        <source>Search name, phone, email, account… (Ctrl+F)</source>
        <translation>搜索姓名、电话、邮箱、账号…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="63"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/search_panel.py" line="76"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="76"/>
        <source>No matches</source>
        <translation>没有结果</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="29"/>
        <source>&amp;Available</source>
        <translation>就绪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="30"/>
        <source>Become available for calls (F9)</source>
        <translation>切换为就绪以接听来电（F9）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="35"/>
        <source>&amp;Not ready</source>
        <translation>未就绪(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="36"/>
        <source>Stop taking calls with the chosen reason (F10)</source>
        <translation>按所选原因暂停接听（F10）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="37"/>
        <source>Log &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../callcenter/gui/sync/sync_controller.py" line="105"/>
        <source>The sync server cannot be reached. Your changes are kept and will be sent later.</source>
        <translation>无法连接同步服务器。您的修改已保存在本机，稍后会自动发送。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_controller.py" line="107"/>
        <source>This console is not registered with the sync server, or its registration expired. Register it again in Sync settings.</source>
        <translation>此工作台尚未在同步服务器注册，或注册已过期。请在“同步设置”中重新注册。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_controller.py" line="110"/>
        <source>Another console already used a number or name you entered (%1). Change it here and sync again.</source>
        <translation>另一台工作台已使用了您输入的编号或名称（%1）。请在本机修改后再同步。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_controller.py" line="113"/>
        <source>The sync server runs a different version of the product. Update the older one.</source>
        <translation>同步服务器运行的产品版本与本机不同。请更新较旧的一方。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_controller.py" line="115"/>
        <source>The sync server refused a change your role may not make: %1</source>
        <translation>同步服务器拒绝了您的角色无权进行的修改：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_controller.py" line="117"/>
        <source>Sync is not set up: choose a server and register this console in Sync settings.</source>
        <translation>尚未设置同步：请在“同步设置”中选择服务器并注册此工作台。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_controller.py" line="118"/>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
    </message>
</context>
<context>
    <name>SyncMenus</name>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="31"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="33"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="34"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="35"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="37"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="38"/>
        <source>Sync &amp;settings…</source>
        <translation>同步设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="40"/>
        <source>&amp;Conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="55"/>
        <source>Sync found %1 conflicting edits: see Sync → Conflicts.</source>
        <translation>同步发现 %1 处冲突修改：请查看“同步 → 同步冲突”。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="73"/>
        <source>Back up the local data</source>
        <translation>备份本机数据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="74"/>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="88"/>
        <source>Callcenter backups (*.ccbak);;All files (*)</source>
        <translation>呼叫中心备份 (*.ccbak);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="82"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="83"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="84"/>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="87"/>
        <source>Restore the local data</source>
        <translation>恢复本机数据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="97"/>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="100"/>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="113"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="98"/>
        <source>This file cannot be restored: %1</source>
        <translation>无法从此文件恢复：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="101"/>
        <source>Replace the local data with this backup? The current data is kept beside it, and changes already synced come back with the next sync. The console closes afterwards; start it again.</source>
        <translation>用此备份替换本机数据吗？当前数据会另存一份，已同步的修改会在下次同步时取回。完成后工作台将关闭，请重新启动。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="111"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="113"/>
        <source>Restored. Start the console again.</source>
        <translation>已恢复。请重新启动工作台。</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="22"/>
        <source>Sync settings</source>
        <translation>同步设置</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="28"/>
        <source>&amp;Register this console</source>
        <translation>注册此工作台(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="33"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="34"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="35"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="39"/>
        <source>Register once with your user name and password; the console then syncs in the background and works offline when the server cannot be reached.</source>
        <translation>用您的用户名和密码注册一次即可；之后工作台会在后台同步，连接不上服务器时也能离线工作。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="50"/>
        <source>Enter the server address, starting with https://</source>
        <translation>请输入以 https:// 开头的服务器地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="53"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="56"/>
        <source>Registering…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="78"/>
        <source>This console is registered. It syncs in the background from now on.</source>
        <translation>此工作台已注册，今后将在后台自动同步。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="80"/>
        <source>No system keyring was found: the console&apos;s token is kept in a file that only your user account can read.</source>
        <translation>未找到系统密钥环：工作台的令牌保存在只有您的用户账户可读的文件中。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="88"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="90"/>
        <source>The sync server cannot be reached. Check the address and the network.</source>
        <translation>无法连接同步服务器。请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="92"/>
        <source>The sync server runs a different version of the product. Update the older one.</source>
        <translation>同步服务器运行的产品版本与本机不同。请更新较旧的一方。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="94"/>
        <source>Registration failed: %1</source>
        <translation>注册失败：%1</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="14"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="20"/>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="25"/>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="27"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="32"/>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="34"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="35"/>
        <source>%1 pending</source>
        <translation>%1 项待发送</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="41"/>
        <source>Last success: %1</source>
        <translation>上次成功：%1</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="12"/>
        <source>Transfer call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="15"/>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="17"/>
        <source>Agent: %1</source>
        <translation>坐席：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="18"/>
        <source>&amp;Blind — hand over now</source>
        <translation>直接转接 — 立即转交(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="19"/>
        <source>&amp;Warm — talk to them first, caller on hold</source>
        <translation>咨询转接 — 先沟通，来电者保持(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="22"/>
        <source>Transfer to</source>
        <translation>转接到</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="39"/>
        <source>waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="39"/>
        <source>longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="39"/>
        <source>service level, 30 min</source>
        <translation>服务水平（30 分钟）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="40"/>
        <source>agents available</source>
        <translation>空闲坐席</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="82"/>
        <source>Choose a disposition first.</source>
        <translation>请先选择处理结果。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="97"/>
        <source>%1 s left</source>
        <translation>剩余 %1 秒</translation>
    </message>
    <message>
        <location filename="../../ui/wrap_up_panel.ui" line="11"/>
        <source>After-call work</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../ui/wrap_up_panel.ui" line="24"/>
        <source>Filter dispositions…</source>
        <translation>筛选处理结果…</translation>
    </message>
    <message>
        <location filename="../../ui/wrap_up_panel.ui" line="36"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/wrap_up_panel.ui" line="54"/>
        <source>E&amp;xtend</source>
        <translation>延长(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/wrap_up_panel.ui" line="64"/>
        <source>&amp;Finish wrap-up</source>
        <translation>完成话后处理(&amp;F)</translation>
    </message>
</context>
</TS>
