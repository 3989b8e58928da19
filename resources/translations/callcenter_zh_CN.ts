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
    <name>CaseQuestions</name>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="73"/>
        <source>Please write something here.</source>
        <translation>请在此填写内容。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="79"/>
        <source>Assess the complaint</source>
        <translation>评估投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="85"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="86"/>
        <source>Assessment</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="92"/>
        <source>Offer a recovery action</source>
        <translation>提供补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="104"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="105"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="106"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="110"/>
        <source>Say why this is offered.</source>
        <translation>请说明提供此措施的原因。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="112"/>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="121"/>
        <source>Close the complaint</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="123"/>
        <source>Choose the root cause…</source>
        <translation>选择根本原因…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="127"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="128"/>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="151"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="132"/>
        <source>Choose the root cause: the figures and the Pareto chart rely on it.</source>
        <translation>请选择根本原因：统计和帕累托图依赖此项。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="134"/>
        <source>The customer rejected the resolution: say why the case is closed.</source>
        <translation>客户拒绝了解决方案：请说明结案原因。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="142"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="146"/>
        <source>Would buy from us again</source>
        <translation>愿意再次购买</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="149"/>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="157"/>
        <source>Schedule a follow-up callback</source>
        <translation>安排回访电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="162"/>
        <source>Call back at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="163"/>
        <source>What to check</source>
        <translation>回访要确认的事项</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="170"/>
        <source>Assign the complaint</source>
        <translation>分派投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="172"/>
        <source>No single agent (team only)</source>
        <translation>不指定坐席（仅团队）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="180"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="181"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="182"/>
        <source>Handover note</source>
        <translation>移交说明</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="183"/>
        <source>Choose an agent or a team.</source>
        <translation>请选择坐席或团队。</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="108"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="108"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="108"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="108"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="108"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="112"/>
        <source>Timeline (nothing is ever deleted)</source>
        <translation>时间线（任何记录都不会被删除）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="118"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="122"/>
        <source>Acknowledge</source>
        <translation>确认受理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="122"/>
        <source>Assess…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="123"/>
        <source>Start investigating</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="123"/>
        <source>Propose a resolution…</source>
        <translation>提出解决方案…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="124"/>
        <source>Customer accepts</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="124"/>
        <source>Customer rejects…</source>
        <translation>客户拒绝…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="125"/>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="125"/>
        <source>Follow-up done</source>
        <translation>回访完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="125"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="126"/>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="126"/>
        <source>Assign / hand over…</source>
        <translation>分派 / 移交…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="126"/>
        <source>Take the case</source>
        <translation>接手此案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="127"/>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="127"/>
        <source>Record the survey…</source>
        <translation>记录满意度调查…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="135"/>
        <source>Service recovery</source>
        <translation>服务补救</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="138"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="138"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="138"/>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="157"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="138"/>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="139"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="139"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="145"/>
        <source>Offer…</source>
        <translation>提供…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="145"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="146"/>
        <source>Refuse…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="146"/>
        <source>Carry out</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="147"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="155"/>
        <source>Follow-up callbacks</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="157"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="157"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="157"/>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="384"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="160"/>
        <source>Schedule…</source>
        <translation>安排…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="162"/>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="167"/>
        <source>Acknowledgement letter (PDF)…</source>
        <translation>受理确认函（PDF）…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="169"/>
        <source>Resolution letter (PDF)…</source>
        <translation>处理结果函（PDF）…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="188"/>
        <source>Complaint %1 — %2</source>
        <translation>投诉 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="194"/>
        <source>acknowledge by</source>
        <translation>受理期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="194"/>
        <source>resolve by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="196"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="203"/>
        <source>Escalated ×%1</source>
        <translation>已升级 ×%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="208"/>
        <source>Customer: %1 · Category: %2 · Owner: %3 · Opened %4</source>
        <translation>客户：%1 · 类别：%2 · 负责人：%3 · 登记于 %4</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="211"/>
        <source>Customer&apos;s words: %1</source>
        <translation>客户原话：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="212"/>
        <source>Outcome wanted: %1</source>
        <translation>客户诉求：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="240"/>
        <source>No history was recorded for this case.</source>
        <translation>此案件没有历史记录。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="254"/>
        <source>CSAT %1/5 · buy again: %2</source>
        <translation>满意度 %1/5 · 愿意再次购买：%2</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="255"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="255"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="257"/>
        <source>acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="257"/>
        <source>resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="258"/>
        <source>the %1 deadline passed</source>
        <translation>已超过%1期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="260"/>
        <source>root cause: %1</source>
        <translation>根本原因：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="262"/>
        <source>due %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="279"/>
        <source>Committed on this case: %1</source>
        <translation>此案件已承诺金额：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="348"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="359"/>
        <source>The case is yours.</source>
        <translation>此案件已由您负责。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="374"/>
        <source>Closed. Record the satisfaction survey when the customer has answered it.</source>
        <translation>已结案。客户回复后请记录满意度调查。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="380"/>
        <source>Propose a resolution</source>
        <translation>提出解决方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="380"/>
        <source>What we offer the customer</source>
        <translation>我们向客户提供的方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="381"/>
        <source>Customer rejects</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="381"/>
        <source>What the customer said</source>
        <translation>客户的说法</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="382"/>
        <source>Reopen the complaint</source>
        <translation>重新打开投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="382"/>
        <source>Why it is reopened</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="383"/>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="383"/>
        <source>Why a supervisor is needed</source>
        <translation>需要主管处理的原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="384"/>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="393"/>
        <source>Escalated to the supervisors&apos; queue.</source>
        <translation>已升级到主管队列。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="412"/>
        <source>Over your limit: it waits in the approval queue for a supervisor.</source>
        <translation>超出您的权限：已进入审批队列，等待主管审批。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="414"/>
        <source>Within your limit: you can carry it out now.</source>
        <translation>在您的权限内：现在即可执行。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="421"/>
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="423"/>
        <source>Carried out.</source>
        <translation>已执行。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="424"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="424"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="424"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="439"/>
        <source>The callback is in the owner&apos;s task list and rings the console when due.</source>
        <translation>回访已加入负责人的任务列表，到期时控制台会响铃。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="444"/>
        <source>Choose a callback first.</source>
        <translation>请先选择一个回访。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="446"/>
        <source>Callback made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="446"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="452"/>
        <source>Save the letter as PDF</source>
        <translation>将信函保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="452"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="466"/>
        <source>Letter saved: %1</source>
        <translation>信函已保存：%1</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="27"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="27"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="27"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="27"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="28"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="28"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="28"/>
        <source>Age</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="28"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="28"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="29"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="50"/>
        <source>New complaint — %1</source>
        <translation>新投诉 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="61"/>
        <source>Draft restored: nothing you typed was lost.</source>
        <translation>已恢复草稿：您输入的内容没有丢失。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="74"/>
        <source>Not linked to a call</source>
        <translation>不关联通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="77"/>
        <source>outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="77"/>
        <source>inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="80"/>
        <source>No order</source>
        <translation>不关联订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="87"/>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="185"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="102"/>
        <source>One line a colleague understands at a glance</source>
        <translation>一句话概括，让同事一眼看懂</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="105"/>
        <source>What the customer said, in their own words</source>
        <translation>客户说了什么，用客户的原话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="107"/>
        <source>What the customer wants us to do</source>
        <translation>客户希望我们做什么</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="112"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="112"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="113"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="113"/>
        <source>Came in by</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="114"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="114"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="115"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="116"/>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="117"/>
        <source>Outcome wanted</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="136"/>
        <source>&amp;Save complaint  [Ctrl+Enter]</source>
        <translation>保存投诉(&amp;S)  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="141"/>
        <source>&amp;Discard draft</source>
        <translation>放弃草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="143"/>
        <source>Close (keep draft)</source>
        <translation>关闭（保留草稿）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="156"/>
        <source>Handling an upset caller</source>
        <translation>如何安抚情绪激动的客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="194"/>
        <source>Acknowledge within %1 business hours, resolve within %2.</source>
        <translation>须在 %1 个工作小时内受理，%2 个工作小时内解决。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="233"/>
        <source>Could not save the draft: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="235"/>
        <source>Draft saved %1</source>
        <translation>草稿已保存 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="241"/>
        <source>Draft discarded.</source>
        <translation>草稿已放弃。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="259"/>
        <source>Your role cannot capture complaints.</source>
        <translation>您的角色不能登记投诉。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="263"/>
        <source>The complaint could not be saved: %1. Your text is kept as a draft.</source>
        <translation>投诉无法保存：%1。您输入的内容已保存为草稿。</translation>
    </message>
</context>
<context>
    <name>ComplaintNames</name>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="12"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="12"/>
        <location filename="../../callcenter/gui/complaints/names.py" line="53"/>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="12"/>
        <location filename="../../callcenter/gui/complaints/names.py" line="53"/>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="13"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="13"/>
        <location filename="../../callcenter/gui/complaints/names.py" line="54"/>
        <source>Resolution proposed</source>
        <translation>已提出方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="14"/>
        <location filename="../../callcenter/gui/complaints/names.py" line="55"/>
        <source>Customer accepted</source>
        <translation>客户已接受</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="14"/>
        <location filename="../../callcenter/gui/complaints/names.py" line="55"/>
        <source>Customer rejected</source>
        <translation>客户已拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="15"/>
        <location filename="../../callcenter/gui/complaints/names.py" line="56"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="15"/>
        <location filename="../../callcenter/gui/complaints/names.py" line="56"/>
        <source>Follow-up done</source>
        <translation>回访完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="20"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="20"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="20"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="20"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="25"/>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="25"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="25"/>
        <source>Breached</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="34"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="34"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="34"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="34"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="35"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="35"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="39"/>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="39"/>
        <source>Callback</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="39"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="40"/>
        <source>Account credit</source>
        <translation>账户抵扣</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="40"/>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="40"/>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="41"/>
        <source>Goodwill gift</source>
        <translation>慰问礼品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="45"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="45"/>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="45"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="46"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="46"/>
        <source>Carried out</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="46"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="47"/>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="47"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="53"/>
        <source>Complaint received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="54"/>
        <source>Investigation started</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="56"/>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="57"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="57"/>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="57"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="57"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="58"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="59"/>
        <source>Recovery proposed</source>
        <translation>提出补救</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="59"/>
        <source>Recovery approved</source>
        <translation>补救已批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="59"/>
        <source>Recovery refused</source>
        <translation>补救被拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="60"/>
        <source>Recovery carried out</source>
        <translation>补救已执行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="60"/>
        <source>Recovery cancelled</source>
        <translation>补救已取消</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="61"/>
        <source>Callback scheduled</source>
        <translation>已安排回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="61"/>
        <source>Callback made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="62"/>
        <source>Callback cancelled</source>
        <translation>回访已取消</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="69"/>
        <source>Choose the customer the complaint is about.</source>
        <translation>请选择投诉所涉及的客户。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="70"/>
        <source>This customer is not in the store any more.</source>
        <translation>该客户已不在数据库中。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="71"/>
        <source>Choose how the complaint came in.</source>
        <translation>请选择投诉渠道。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="72"/>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="73"/>
        <source>Choose the detailed category, not only the group.</source>
        <translation>请选择具体类别，而不只是大类。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="74"/>
        <source>Choose a severity.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="75"/>
        <source>Write a one-line summary.</source>
        <translation>请写一句话摘要。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="76"/>
        <source>The summary is too long (256 characters at most).</source>
        <translation>摘要太长（最多 256 个字符）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="77"/>
        <source>Write down what the customer said, in their words.</source>
        <translation>请用客户的原话记录客户所说的内容。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="78"/>
        <source>The customer&apos;s words are too long (8,000 characters at most).</source>
        <translation>客户原话太长（最多 8,000 个字符）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="86"/>
        <source>The disk is full: %1 was not saved. Nothing was written.</source>
        <translation>磁盘已满：%1 未保存，没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="87"/>
        <source>You are not allowed to write there: %1 was not saved.</source>
        <translation>您没有在该位置写入的权限：%1 未保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="88"/>
        <source>That folder does not exist: %1 was not saved.</source>
        <translation>该文件夹不存在：%1 未保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="89"/>
        <source>The file came out empty: %1 was not saved.</source>
        <translation>生成的文件为空：%1 未保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/names.py" line="90"/>
        <source>%1 was not saved: %2</source>
        <translation>%1 未保存：%2</translation>
    </message>
</context>
<context>
    <name>ComplaintsBoardWindow</name>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="55"/>
        <source>Complaints board</source>
        <translation>投诉看板</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="63"/>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="64"/>
        <source>Approval queue</source>
        <translation>审批队列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="69"/>
        <source>Figures</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="95"/>
        <source>Find a case, customer or summary…</source>
        <translation>查找案件、客户或摘要…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="98"/>
        <source>All open states</source>
        <translation>所有未结状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="103"/>
        <source>Any deadline</source>
        <translation>任意期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="107"/>
        <source>Any owner</source>
        <translation>任意负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="108"/>
        <source>Nobody</source>
        <translation>无人负责</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="113"/>
        <source>Any category</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="137"/>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="139"/>
        <source>Assign selected to…</source>
        <translation>将所选分派给…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="167"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="167"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="167"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="167"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="167"/>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="168"/>
        <source>Waiting since</source>
        <translation>等待自</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="168"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="176"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="178"/>
        <source>Refuse…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="199"/>
        <source>Over your approval limit, or your own proposal</source>
        <translation>超出您的审批权限，或是您自己的提议</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="202"/>
        <source>%1 waiting for approval, %2 within your limits.</source>
        <translation>%1 项等待审批，其中 %2 项在您的权限内。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="204"/>
        <source>Approval queue (%1)</source>
        <translation>审批队列（%1）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="209"/>
        <source>Choose an action first.</source>
        <translation>请先选择一项措施。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="214"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="214"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="226"/>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="305"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="228"/>
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="228"/>
        <source>Refused.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="254"/>
        <source>Could not load the cases: %1</source>
        <translation>无法加载案件：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="261"/>
        <source>&lt;b&gt;%1&lt;/b&gt; open cases · &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%2&lt;/b&gt; breached&lt;/span&gt; · &lt;span style=&apos;color:#ef6c00&apos;&gt;&lt;b&gt;%3&lt;/b&gt; at risk&lt;/span&gt; · %4 on track · &lt;b&gt;%5&lt;/b&gt; waiting for a supervisor · showing %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个未结案件 · &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%2&lt;/b&gt; 个已超期&lt;/span&gt; · &lt;span style=&apos;color:#ef6c00&apos;&gt;&lt;b&gt;%3&lt;/b&gt; 个有超期风险&lt;/span&gt; · %4 个正常 · &lt;b&gt;%5&lt;/b&gt; 个等待主管处理 · 显示 %6 个</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="275"/>
        <source>%1 cases passed a deadline and were escalated.</source>
        <translation>%1 个案件已超期并已升级。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="294"/>
        <source>Select one or more cases first.</source>
        <translation>请先选择一个或多个案件。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="308"/>
        <source>%1 cases handed over.</source>
        <translation>已移交 %1 个案件。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="310"/>
        <source>%1 could not move: %2</source>
        <translation>%1 个无法移交：%2</translation>
    </message>
</context>
<context>
    <name>ConsoleComplaints</name>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="44"/>
        <source>Co&amp;mplaints</source>
        <translation>投诉(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="45"/>
        <source>&amp;Log a complaint for this customer…</source>
        <translation>为此客户登记投诉(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="47"/>
        <source>&amp;My cases and callbacks…</source>
        <translation>我的案件和回访(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="49"/>
        <source>Complaints &amp;board…</source>
        <translation>投诉看板(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="78"/>
        <source>Open the customer&apos;s record first (screen pop or search), then log the complaint.</source>
        <translation>请先打开客户档案（弹屏或搜索），再登记投诉。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="99"/>
        <source>You have an unfinished complaint draft for this customer.</source>
        <translation>您有一份此客户的投诉草稿尚未完成。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="103"/>
        <source>Complaint %1 logged. Tell the customer the case number.</source>
        <translation>投诉 %1 已登记。请告知客户案件编号。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="127"/>
        <source>My complaint cases</source>
        <translation>我的投诉案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="159"/>
        <source>Callbacks: %1 due, %2 later today</source>
        <translation>回访：%1 个到期，今天稍后 %2 个</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="164"/>
        <source>%1 of your complaint cases passed a deadline and went to the supervisors.</source>
        <translation>您有 %1 个投诉案件已超期，已转交主管。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="167"/>
        <source>Complaint deadline passed</source>
        <translation>投诉已超期</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="80"/>
        <source>Not possible now: %1</source>
        <translation>现在无法操作：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="85"/>
        <source>Could not save the call record: %1 (it will be retried with the next change)</source>
        <translation>无法保存通话记录：%1（下次变更时将重试）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="123"/>
        <source>Callback due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="123"/>
        <source>Call back %1</source>
        <translation>回拨 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="125"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="125"/>
        <source>Call from %1</source>
        <translation>来自 %1 的来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="141"/>
        <source>Lookup failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="48"/>
        <source>Agent console — %1</source>
        <translation>坐席工作台 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="77"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="81"/>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="91"/>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="91"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="91"/>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="92"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="136"/>
        <source>&amp;Agent</source>
        <translation>坐席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="137"/>
        <source>&amp;Available</source>
        <translation>就绪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="138"/>
        <source>&amp;Not ready</source>
        <translation>未就绪(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="141"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="143"/>
        <source>Log &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="144"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="145"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="146"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="148"/>
        <source>&amp;Live</source>
        <translation>实时(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="149"/>
        <source>Open the &amp;queue board</source>
        <translation>打开队列看板(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="150"/>
        <source>LIVE SIMULATION %1×</source>
        <translation>实时模拟 %1×</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="153"/>
        <source>&amp;Demo</source>
        <translation>演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="155"/>
        <source>&amp;Ring me (random caller)</source>
        <translation>给我来电（随机来电者）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="156"/>
        <source>Ring me &amp;from a number…</source>
        <translation>用指定号码来电(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="157"/>
        <source>Caller &amp;hangs up</source>
        <translation>来电者挂断(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="158"/>
        <source>&amp;Line fails</source>
        <translation>线路故障(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="162"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="163"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="184"/>
        <source>Withheld number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="186"/>
        <source>Unknown caller</source>
        <translation>未知来电者</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="188"/>
        <source>Ringing: %1</source>
        <translation>振铃：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="190"/>
        <source>Wrap-up: %1</source>
        <translation>话后处理：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="237"/>
        <source>Ring me</source>
        <translation>给我来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="237"/>
        <source>Caller&apos;s number as the network sends it:</source>
        <translation>网络送来的来电号码：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="243"/>
        <source>Become Available first: calls ring only when you are available.</source>
        <translation>请先切换为就绪：只有就绪时才会来电。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="270"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="271"/>
        <source>F2 Answer · F3 Hold/Resume · F4 Mute · F5 End call · F6 Transfer · F7 Complete transfer · F8 Cancel transfer
F9 Available · F10 Not ready · Ctrl+F Search · Ctrl+N New customer
Ctrl+K Log a complaint · Ctrl+Shift+K My cases and callbacks
Demo: Ctrl+R Ring me · Ctrl+Shift+R Ring me from a number · Ctrl+H Caller hangs up · Ctrl+L Line fails</source>
        <translation>F2 接听 · F3 保持/恢复 · F4 静音 · F5 挂断 · F6 转接 · F7 完成转接 · F8 取消转接
F9 就绪 · F10 未就绪 · Ctrl+F 搜索 · Ctrl+N 新建客户
Ctrl+K 登记投诉 · Ctrl+Shift+K 我的案件和回访
演示：Ctrl+R 给我来电 · Ctrl+Shift+R 指定号码来电 · Ctrl+H 客户挂断 · Ctrl+L 线路故障</translation>
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
    <name>FiguresPanel</name>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="60"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="62"/>
        <source>Last 90 days</source>
        <translation>最近90天</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="62"/>
        <source>Last 12 months</source>
        <translation>最近12个月</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="63"/>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="70"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="71"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="81"/>
        <source>Median time to acknowledge
(business hours)</source>
        <translation>确认用时中位数
（工作小时）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="82"/>
        <source>Median time to resolve
(business hours)</source>
        <translation>解决用时中位数
（工作小时）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="83"/>
        <source>Breach rate</source>
        <translation>超时率</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="83"/>
        <source>Reopen rate</source>
        <translation>重开率</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="100"/>
        <source>Complaints by category</source>
        <translation>各类别投诉量</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="102"/>
        <source>Root causes (Pareto)</source>
        <translation>根本原因（帕累托）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="107"/>
        <source>Recovery effect: customers whose complaint was resolved against customers who never complained</source>
        <translation>补救效果：投诉已解决的客户与从未投诉的客户对比</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="110"/>
        <source>Customers</source>
        <translation>客户组</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="110"/>
        <source>Mean satisfaction (1-5)</source>
        <translation>平均满意度（1-5）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="111"/>
        <source>Bought again within 90 days</source>
        <translation>90天内再次购买</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="111"/>
        <source>Customers counted</source>
        <translation>计入客户数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="129"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="136"/>
        <source>The figures could not be loaded: %1</source>
        <translation>无法加载统计数据：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="142"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 件投诉</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="143"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="189"/>
        <source>Cases</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="194"/>
        <source>Cumulative %</source>
        <translation>累计百分比</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="216"/>
        <source>Complaint resolved</source>
        <translation>投诉已解决</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="217"/>
        <source>Never complained</source>
        <translation>从未投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="220"/>
        <source>%1 (%2 answers)</source>
        <translation>%1（%2 份回复）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="230"/>
        <source>Export the figures as CSV</source>
        <translation>将统计导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="231"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="233"/>
        <source>Export the figures as XLSX</source>
        <translation>将统计导出为 XLSX</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="234"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="252"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="254"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
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
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="106"/>
        <source>&amp;Create customer</source>
        <translation>新建客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="110"/>
        <source>Searc&amp;h customers</source>
        <translation>搜索客户(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="125"/>
        <source>Several customers share this number. Ask the caller&apos;s name, then choose:</source>
        <translation>多位客户共用此号码。请询问来电者姓名后选择：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="145"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="150"/>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="344"/>
        <source>Log a &amp;complaint…</source>
        <translation>登记投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="151"/>
        <source>Capture a complaint for this customer (Ctrl+K)</source>
        <translation>为此客户登记投诉（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="170"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="170"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="170"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="171"/>
        <source>Credit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="171"/>
        <source>Spend, last 12 months</source>
        <translation>近 12 个月消费</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="172"/>
        <source>Usually buys</source>
        <translation>常购商品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="172"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="172"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="188"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="188"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="188"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="188"/>
        <source>Deadline</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="189"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="190"/>
        <source>Double-click a case to open it</source>
        <translation>双击案件即可打开</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="192"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="192"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="192"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="192"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="193"/>
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="193"/>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="200"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="194"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="194"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="194"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="194"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="195"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="197"/>
        <source>Recent calls</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="198"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="199"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="212"/>
        <source>No caller</source>
        <translation>无来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="213"/>
        <source>The caller&apos;s record appears here when a call rings.</source>
        <translation>来电振铃时，这里会显示来电者的资料。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="217"/>
        <source>Looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="217"/>
        <source>caller</source>
        <translation>来电者</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="228"/>
        <source>%n customer(s) on %1</source>
        <translation>
            <numerusform>%1 上有 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="239"/>
        <source>New caller: %1</source>
        <translation>新来电者：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="240"/>
        <source>No customer has this number. Create one now, or search by name.</source>
        <translation>没有客户使用此号码。可立即新建客户，或按姓名搜索。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="242"/>
        <source>Number withheld</source>
        <translation>号码已隐藏</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="243"/>
        <source>The caller hid their number. Ask for their name or account number.</source>
        <translation>来电者隐藏了号码。请询问其姓名或账号。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="245"/>
        <source>Not a valid phone number: %1</source>
        <translation>无效的电话号码：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="247"/>
        <source>The network sent a number that cannot be used (%1). The call works normally; find the customer by name.</source>
        <translation>网络送来的号码无法使用（%1）。通话照常进行；请按姓名查找客户。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="262"/>
        <source>too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="262"/>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="263"/>
        <source>wrong number of digits</source>
        <translation>位数不对</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="263"/>
        <source>no digits</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="264"/>
        <source>unknown country code</source>
        <translation>国家代码未知</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="265"/>
        <source>not a number in use</source>
        <translation>不是在用号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="266"/>
        <source>not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="269"/>
        <source>Platinum</source>
        <translation>白金</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="269"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="269"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="270"/>
        <source>Bronze</source>
        <translation>铜卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="274"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="274"/>
        <source>Credit limit reached</source>
        <translation>已达信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="275"/>
        <source>High churn risk</source>
        <translation>流失风险高</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="275"/>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="276"/>
        <source>Unresolved complaint</source>
        <translation>有未解决投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="277"/>
        <source>Sensitive data masked</source>
        <translation>敏感信息已遮蔽</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="288"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="288"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="289"/>
        <source>value %1/100</source>
        <translation>价值 %1/100</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="293"/>
        <source>customer since %1</source>
        <translation>%1 起成为客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="307"/>
        <source>%1 of %2 used</source>
        <translation>已用 %1 / 额度 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="311"/>
        <source>%1 (%n order(s) in all)</source>
        <translation>
            <numerusform>%1（共 %n 笔订单）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="338"/>
        <source>[private — hidden for your role]</source>
        <translation>[私密 — 您的角色不可见]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="339"/>
        <source>Open complaints (%1)</source>
        <translation>未结投诉（%1）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="353"/>
        <source>Continue the complaint &amp;draft…</source>
        <translation>继续填写投诉草稿(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="362"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="362"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="362"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="363"/>
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
