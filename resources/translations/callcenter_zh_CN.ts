<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../callcenter/gui/names.py" line="20"/>
        <source>Logged out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="21"/>
        <source>Available</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="22"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="23"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="24"/>
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="25"/>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="26"/>
        <source>After-call work</source>
        <translation>话后处理</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="120"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="121"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="122"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="123"/>
        <source>Time in state</source>
        <translation>状态时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="124"/>
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="125"/>
        <source>Calls handled</source>
        <translation>已处理通话</translation>
    </message>
</context>
<context>
    <name>AgentWords</name>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="14"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="15"/>
        <source>call record</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="16"/>
        <source>user name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="17"/>
        <source>password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../callcenter/gui/app.py" line="73"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="74"/>
        <source>The database could not be opened:
%1</source>
        <translation>数据库无法打开：
%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="110"/>
        <source>No accounts yet</source>
        <translation>还没有账户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="111"/>
        <source>This database has no user accounts. Open the demo with `callcenter console --demo`, or fill a database with `callcenter demo-data --db FILE`.</source>
        <translation>此数据库没有用户账户。请用 `callcenter console --demo` 打开演示，或用 `callcenter demo-data --db 文件` 生成数据。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="128"/>
        <source>Cannot join the live simulation</source>
        <translation>无法加入实时模拟</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="198"/>
        <source>Not for this role</source>
        <translation>此角色不可使用</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="199"/>
        <source>The trainer&apos;s window is for trainers, supervisors and administrators. Sign in with such an account.</source>
        <translation>培训师窗口供培训师、主管和管理员使用。请用这类账号登录。</translation>
    </message>
</context>
<context>
    <name>BoardCharts</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="30"/>
        <source>Service level (30 min) and calls waiting</source>
        <translation>服务水平（30 分钟）与排队来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="31"/>
        <source>Service level %</source>
        <translation>服务水平 %</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="32"/>
        <source>Calls waiting</source>
        <translation>排队来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="33"/>
        <source>Arrivals against the forecast (calls/hour)</source>
        <translation>实际来电与预测（通/小时）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="34"/>
        <source>Arrivals</source>
        <translation>实际来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="35"/>
        <source>Forecast</source>
        <translation>预测</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_charts.py" line="45"/>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
</context>
<context>
    <name>BoardWindow</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="81"/>
        <source>Queue board</source>
        <translation>队列看板</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="115"/>
        <source> calls/h</source>
        <translation> 通/小时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="116"/>
        <source>Set &amp;rate</source>
        <translation>设置来电量(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="118"/>
        <source>&amp;Add agent</source>
        <translation>增加坐席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="120"/>
        <source>Re&amp;move agent</source>
        <translation>减少坐席(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="122"/>
        <source>&amp;Wallboard [F11]</source>
        <translation>大屏模式(&amp;W) [F11]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="125"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="127"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="199"/>
        <source>Simulated %1</source>
        <translation>模拟时间 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="214"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — live (30 min): service level %2, ASA %3, abandoned %4.  Erlang A for %5 agents at %6 calls/h: service level %7, ASA %8, abandoned %9.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 实时（30 分钟）：服务水平 %2，平均应答速度 %3，放弃率 %4。  Erlang A 预测（%5 名坐席、%6 通/小时）：服务水平 %7，平均应答速度 %8，放弃率 %9。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="234"/>
        <source>%1: service level %2 below %3</source>
        <translation>%1：服务水平 %2 低于 %3</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="241"/>
        <source>%1: longest wait %2 above %3</source>
        <translation>%1：最长等待 %2 超过 %3</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="256"/>
        <source>Queue alarm</source>
        <translation>队列告警</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="295"/>
        <source>Force &amp;Available</source>
        <translation>强制就绪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="296"/>
        <source>Force &amp;Not ready</source>
        <translation>强制未就绪(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="297"/>
        <source>&amp;Log out</source>
        <translation>登出(&amp;L)</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="28"/>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="73"/>
        <source>No call</source>
        <translation>无通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="36"/>
        <source>&amp;Answer</source>
        <translation>接听(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="37"/>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="64"/>
        <source>&amp;Hold</source>
        <translation>保持(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="38"/>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="67"/>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="39"/>
        <source>&amp;Transfer…</source>
        <translation>转接(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="40"/>
        <source>&amp;Complete transfer</source>
        <translation>完成转接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="41"/>
        <source>Ca&amp;ncel transfer</source>
        <translation>取消转接(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="42"/>
        <source>&amp;End call</source>
        <translation>挂断(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="64"/>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="67"/>
        <source>Un&amp;mute</source>
        <translation>取消静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="79"/>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="81"/>
        <source>Talk %1</source>
        <translation>通话 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="83"/>
        <source>Held %1×</source>
        <translation>保持 %1 次</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="85"/>
        <source>MUTED</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="87"/>
        <source>Consulting %1 — caller on hold</source>
        <translation>正在咨询 %1 — 来电者保持中</translation>
    </message>
</context>
<context>
    <name>CaseQuestions</name>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="74"/>
        <source>Please write something here.</source>
        <translation>请在此填写内容。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="80"/>
        <source>Assess the complaint</source>
        <translation>评估投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="86"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="87"/>
        <source>Assessment</source>
        <translation>评估意见</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="93"/>
        <source>Offer a recovery action</source>
        <translation>提供补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="106"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="107"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="108"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="112"/>
        <source>Say why this is offered.</source>
        <translation>请说明提供此措施的原因。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="114"/>
        <source>Enter an amount above zero.</source>
        <translation>请输入大于零的金额。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="123"/>
        <source>Close the complaint</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="125"/>
        <source>Choose the root cause…</source>
        <translation>选择根本原因…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="129"/>
        <source>Root cause</source>
        <translation>根本原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="130"/>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="153"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="134"/>
        <source>Choose the root cause: the figures and the Pareto chart rely on it.</source>
        <translation>请选择根本原因：统计和帕累托图依赖此项。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="136"/>
        <source>The customer rejected the resolution: say why the case is closed.</source>
        <translation>客户拒绝了解决方案：请说明结案原因。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="144"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="148"/>
        <source>Would buy from us again</source>
        <translation>愿意再次购买</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="151"/>
        <source>Satisfaction (1–5)</source>
        <translation>满意度（1–5）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="159"/>
        <source>Schedule a follow-up callback</source>
        <translation>安排回访电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="164"/>
        <source>Call back at</source>
        <translation>回访时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="165"/>
        <source>What to check</source>
        <translation>回访要确认的事项</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="172"/>
        <source>Assign the complaint</source>
        <translation>分派投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="174"/>
        <source>No single agent (team only)</source>
        <translation>不指定坐席（仅团队）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="182"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="183"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="184"/>
        <source>Handover note</source>
        <translation>移交说明</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_dialogs.py" line="185"/>
        <source>Choose an agent or a team.</source>
        <translation>请选择坐席或团队。</translation>
    </message>
</context>
<context>
    <name>CaseWindow</name>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="162"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="162"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="162"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="162"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="162"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="166"/>
        <source>Timeline (nothing is ever deleted)</source>
        <translation>时间线（任何记录都不会被删除）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="172"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="176"/>
        <source>Acknowledge</source>
        <translation>确认受理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="177"/>
        <source>Assess…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="178"/>
        <source>Start investigating</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="179"/>
        <source>Propose a resolution…</source>
        <translation>提出解决方案…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="180"/>
        <source>Customer accepts</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="181"/>
        <source>Customer rejects…</source>
        <translation>客户拒绝…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="182"/>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="183"/>
        <source>Follow-up done</source>
        <translation>回访完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="184"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="185"/>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="186"/>
        <source>Assign / hand over…</source>
        <translation>分派 / 移交…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="187"/>
        <source>Take the case</source>
        <translation>接手此案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="188"/>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="189"/>
        <source>Record the survey…</source>
        <translation>记录满意度调查…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="197"/>
        <source>Service recovery</source>
        <translation>服务补救</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="202"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="203"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="204"/>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="231"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="205"/>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="206"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="207"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="216"/>
        <source>Offer…</source>
        <translation>提供…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="217"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="218"/>
        <source>Refuse…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="219"/>
        <source>Carry out</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="220"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="229"/>
        <source>Follow-up callbacks</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="231"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="231"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="231"/>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="619"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="234"/>
        <source>Schedule…</source>
        <translation>安排…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="236"/>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="241"/>
        <source>Acknowledgement letter (PDF)…</source>
        <translation>受理确认函（PDF）…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="243"/>
        <source>Resolution letter (PDF)…</source>
        <translation>处理结果函（PDF）…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="127"/>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="299"/>
        <source>Complaint %1 — %2</source>
        <translation>投诉 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="316"/>
        <source>acknowledge by</source>
        <translation>受理期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="316"/>
        <source>resolve by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="318"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="325"/>
        <source>Escalated ×%1</source>
        <translation>已升级 ×%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="330"/>
        <source>Customer: %1 · Category: %2 · Owner: %3 · Opened %4</source>
        <translation>客户：%1 · 类别：%2 · 负责人：%3 · 登记于 %4</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="336"/>
        <source>Customer&apos;s words: %1</source>
        <translation>客户原话：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="339"/>
        <source>Outcome wanted: %1</source>
        <translation>客户诉求：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="386"/>
        <source>No history was recorded for this case.</source>
        <translation>此案件没有历史记录。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="405"/>
        <source>CSAT %1/5 · buy again: %2</source>
        <translation>满意度 %1/5 · 愿意再次购买：%2</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="407"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="407"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="410"/>
        <source>acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="410"/>
        <source>resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="411"/>
        <source>the %1 deadline passed</source>
        <translation>已超过%1期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="413"/>
        <source>root cause: %1</source>
        <translation>根本原因：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="415"/>
        <source>due %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="443"/>
        <source>Committed on this case: %1</source>
        <translation>此案件已承诺金额：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="569"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="584"/>
        <source>The case is yours.</source>
        <translation>此案件已由您负责。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="606"/>
        <source>Closed. Record the satisfaction survey when the customer has answered it.</source>
        <translation>已结案。客户回复后请记录满意度调查。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="615"/>
        <source>Propose a resolution</source>
        <translation>提出解决方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="615"/>
        <source>What we offer the customer</source>
        <translation>我们向客户提供的方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="616"/>
        <source>Customer rejects</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="616"/>
        <source>What the customer said</source>
        <translation>客户的说法</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="617"/>
        <source>Reopen the complaint</source>
        <translation>重新打开投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="617"/>
        <source>Why it is reopened</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="618"/>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="618"/>
        <source>Why a supervisor is needed</source>
        <translation>需要主管处理的原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="619"/>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="631"/>
        <source>Escalated to the supervisors&apos; queue.</source>
        <translation>已升级到主管队列。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="686"/>
        <source>Over your limit: it waits in the approval queue for a supervisor.</source>
        <translation>超出您的权限：已进入审批队列，等待主管审批。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="688"/>
        <source>Within your limit: you can carry it out now.</source>
        <translation>在您的权限内：现在即可执行。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="663"/>
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="669"/>
        <source>Carried out.</source>
        <translation>已执行。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="671"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="671"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="671"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="701"/>
        <source>The callback is in the owner&apos;s task list and rings the console when due.</source>
        <translation>回访已加入负责人的任务列表，到期时控制台会响铃。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="707"/>
        <source>Choose a callback first.</source>
        <translation>请先选择一个回访。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="709"/>
        <source>Callback made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="709"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="722"/>
        <source>Save the letter as PDF</source>
        <translation>将信函保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="722"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="740"/>
        <source>Letter saved: %1</source>
        <translation>信函已保存：%1</translation>
    </message>
</context>
<context>
    <name>CasesModel</name>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="30"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="31"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="32"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="33"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="34"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="35"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="36"/>
        <source>Age</source>
        <translation>已用时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="37"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="38"/>
        <source>Deadline</source>
        <translation>期限状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/cases_model.py" line="39"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="71"/>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="115"/>
        <source>New complaint — %1</source>
        <translation>新投诉 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="132"/>
        <source>Draft restored: nothing you typed was lost.</source>
        <translation>已恢复草稿：您输入的内容没有丢失。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="145"/>
        <source>Not linked to a call</source>
        <translation>不关联通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="258"/>
        <source>outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="258"/>
        <source>inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="147"/>
        <source>No order</source>
        <translation>不关联订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="152"/>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="269"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="167"/>
        <source>One line a colleague understands at a glance</source>
        <translation>一句话概括，让同事一眼看懂</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="170"/>
        <source>What the customer said, in their own words</source>
        <translation>客户说了什么，用客户的原话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="172"/>
        <source>What the customer wants us to do</source>
        <translation>客户希望我们做什么</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="177"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="178"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="179"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="180"/>
        <source>Came in by</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="181"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="182"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="184"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="185"/>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="186"/>
        <source>Outcome wanted</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="205"/>
        <source>&amp;Save complaint  [Ctrl+Enter]</source>
        <translation>保存投诉(&amp;S)  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="212"/>
        <source>&amp;Discard draft</source>
        <translation>放弃草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="214"/>
        <source>Close (keep draft)</source>
        <translation>关闭（保留草稿）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="227"/>
        <source>Handling an upset caller</source>
        <translation>如何安抚情绪激动的客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="279"/>
        <source>Acknowledge within %1 business hours, resolve within %2.</source>
        <translation>须在 %1 个工作小时内受理，%2 个工作小时内解决。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="328"/>
        <source>Could not save the draft: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="325"/>
        <source>Draft saved %1</source>
        <translation>草稿已保存 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="350"/>
        <source>Draft discarded.</source>
        <translation>草稿已放弃。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="387"/>
        <source>Your role cannot capture complaints.</source>
        <translation>您的角色不能登记投诉。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="394"/>
        <source>The complaint could not be saved: %1. Your text is kept as a draft.</source>
        <translation>投诉无法保存：%1。您输入的内容已保存为草稿。</translation>
    </message>
</context>
<context>
    <name>ComplaintNames</name>
    <message>
        <location filename="../../callcenter/gui/names.py" line="53"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="54"/>
        <location filename="../../callcenter/gui/names.py" line="127"/>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="55"/>
        <location filename="../../callcenter/gui/names.py" line="128"/>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="56"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="57"/>
        <location filename="../../callcenter/gui/names.py" line="130"/>
        <source>Resolution proposed</source>
        <translation>已提出方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="58"/>
        <location filename="../../callcenter/gui/names.py" line="131"/>
        <source>Customer accepted</source>
        <translation>客户已接受</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="59"/>
        <location filename="../../callcenter/gui/names.py" line="132"/>
        <source>Customer rejected</source>
        <translation>客户已拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="60"/>
        <location filename="../../callcenter/gui/names.py" line="133"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="61"/>
        <location filename="../../callcenter/gui/names.py" line="134"/>
        <source>Follow-up done</source>
        <translation>回访完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="67"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="68"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="69"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="70"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="76"/>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="77"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="78"/>
        <source>Breached</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="89"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="90"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="91"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="92"/>
        <location filename="../../callcenter/gui/names.py" line="241"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="93"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="94"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="100"/>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="101"/>
        <source>Callback</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="102"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="103"/>
        <source>Account credit</source>
        <translation>账户抵扣</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="104"/>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="105"/>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="106"/>
        <source>Goodwill gift</source>
        <translation>慰问礼品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="112"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="113"/>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="114"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="115"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="116"/>
        <source>Carried out</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="117"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="118"/>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="119"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="126"/>
        <source>Complaint received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="129"/>
        <source>Investigation started</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="135"/>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="136"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="137"/>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="138"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="139"/>
        <location filename="../../callcenter/gui/names.py" line="234"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="140"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="141"/>
        <source>Recovery proposed</source>
        <translation>提出补救</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="142"/>
        <source>Recovery approved</source>
        <translation>补救已批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="143"/>
        <source>Recovery refused</source>
        <translation>补救被拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="144"/>
        <source>Recovery carried out</source>
        <translation>补救已执行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="145"/>
        <source>Recovery cancelled</source>
        <translation>补救已取消</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="146"/>
        <source>Callback scheduled</source>
        <translation>已安排回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="147"/>
        <source>Callback made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="148"/>
        <source>Callback cancelled</source>
        <translation>回访已取消</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="155"/>
        <source>Choose the customer the complaint is about.</source>
        <translation>请选择投诉所涉及的客户。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="156"/>
        <source>This customer is not in the store any more.</source>
        <translation>该客户已不在数据库中。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="157"/>
        <source>Choose how the complaint came in.</source>
        <translation>请选择投诉渠道。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="158"/>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="159"/>
        <source>Choose the detailed category, not only the group.</source>
        <translation>请选择具体类别，而不只是大类。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="160"/>
        <source>Choose a severity.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="161"/>
        <source>Write a one-line summary.</source>
        <translation>请写一句话摘要。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="162"/>
        <source>The summary is too long (256 characters at most).</source>
        <translation>摘要太长（最多 256 个字符）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="163"/>
        <source>Write down what the customer said, in their words.</source>
        <translation>请用客户的原话记录客户所说的内容。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="164"/>
        <source>The customer&apos;s words are too long (8,000 characters at most).</source>
        <translation>客户原话太长（最多 8,000 个字符）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="175"/>
        <source>The disk is full: %1 was not saved. Nothing was written.</source>
        <translation>磁盘已满：%1 未保存，没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="176"/>
        <source>You are not allowed to write there: %1 was not saved.</source>
        <translation>您没有在该位置写入的权限：%1 未保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="177"/>
        <source>That folder does not exist: %1 was not saved.</source>
        <translation>该文件夹不存在：%1 未保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="178"/>
        <source>The file came out empty: %1 was not saved.</source>
        <translation>生成的文件为空：%1 未保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="179"/>
        <source>%1 could not be saved. Nothing was written.</source>
        <translation>%1 未能保存。没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="186"/>
        <source>log complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="187"/>
        <source>acknowledge the complaint</source>
        <translation>确认受理投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="188"/>
        <source>assess the complaint</source>
        <translation>评估投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="189"/>
        <source>start investigating</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="190"/>
        <source>propose a resolution</source>
        <translation>提出解决方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="191"/>
        <source>record the customer&apos;s acceptance</source>
        <translation>记录客户接受</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="192"/>
        <source>record the customer&apos;s rejection</source>
        <translation>记录客户拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="193"/>
        <source>close the complaint</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="194"/>
        <source>finish the follow-up</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="195"/>
        <source>reopen the complaint</source>
        <translation>重新打开投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="196"/>
        <source>escalate the complaint</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="197"/>
        <source>assign or hand over the case</source>
        <translation>分派或移交案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="198"/>
        <source>hand over several cases at once</source>
        <translation>一次移交多个案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="199"/>
        <source>take the case</source>
        <translation>接手案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="200"/>
        <source>take a case a colleague owns</source>
        <translation>接手同事负责的案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="201"/>
        <source>add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="202"/>
        <source>correct the record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="203"/>
        <source>record the satisfaction survey</source>
        <translation>记录满意度调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="204"/>
        <source>offer a recovery action</source>
        <translation>提出补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="205"/>
        <source>approve or refuse recovery actions</source>
        <translation>批准或拒绝补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="206"/>
        <source>decide on their own proposal</source>
        <translation>审批自己提出的方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="207"/>
        <source>approve the recovery action</source>
        <translation>批准补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="208"/>
        <source>refuse the recovery action</source>
        <translation>拒绝补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="209"/>
        <source>carry out the recovery action</source>
        <translation>执行补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="210"/>
        <source>withdraw the recovery action</source>
        <translation>撤回补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="211"/>
        <source>offer or decide recovery actions</source>
        <translation>提出或审批补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="212"/>
        <source>schedule a callback</source>
        <translation>安排回电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="213"/>
        <source>finish the callback</source>
        <translation>完成回电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="214"/>
        <source>write letters</source>
        <translation>生成信函</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="215"/>
        <source>open the complaints board</source>
        <translation>打开投诉看板</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="231"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="232"/>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="233"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="235"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="236"/>
        <source>Satisfaction (CSAT)</source>
        <translation>满意度（CSAT）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="237"/>
        <source>Would buy again</source>
        <translation>是否会再次购买</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="238"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="239"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="240"/>
        <source>Due time</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="242"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="243"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="244"/>
        <source>Came in by</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="245"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="246"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="247"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="248"/>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="249"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="250"/>
        <source>recovery action</source>
        <translation>补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="251"/>
        <source>callback</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="252"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="253"/>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="262"/>
        <source>cannot be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="263"/>
        <source>must be a whole number from 1 to 5</source>
        <translation>必须是 1 到 5 的整数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="264"/>
        <source>must be yes or no</source>
        <translation>必须选择是或否</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="265"/>
        <source>there is no such event on this case</source>
        <translation>本案件没有这条记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="266"/>
        <source>the case is already assigned there</source>
        <translation>案件已分派给该负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="267"/>
        <source>must be above zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="268"/>
        <source>this kind of action carries no money</source>
        <translation>此类措施不涉及金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="269"/>
        <source>must be in the case&apos;s currency</source>
        <translation>必须使用本案件的币种</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="270"/>
        <source>cannot be in the past</source>
        <translation>不能早于现在</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="271"/>
        <source>there is no such letter</source>
        <translation>没有这种信函</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="272"/>
        <source>choose CSV or XLSX</source>
        <translation>请选择 CSV 或 XLSX</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="273"/>
        <source>Say why the case is closed although the customer rejected the resolution.</source>
        <translation>客户拒绝了解决方案，请说明结案原因。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="276"/>
        <source>Only open cases can be escalated.</source>
        <translation>只有未结案件才能升级。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="277"/>
        <source>The survey comes after closing.</source>
        <translation>满意度调查须在结案后进行。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="278"/>
        <source>A survey is already recorded for this closing.</source>
        <translation>本次结案已记录过满意度调查。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="279"/>
        <source>It is waiting for a supervisor&apos;s approval.</source>
        <translation>该措施正在等待主管审批。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="280"/>
        <source>Only actions waiting for approval can be decided.</source>
        <translation>只有待审批的措施才能审批。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="281"/>
        <source>It is already finished.</source>
        <translation>该事项已经完成。</translation>
    </message>
</context>
<context>
    <name>ComplaintsBoardWindow</name>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="75"/>
        <source>Complaints board</source>
        <translation>投诉看板</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="83"/>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="84"/>
        <source>Approval queue</source>
        <translation>审批队列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="89"/>
        <source>Figures</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="117"/>
        <source>Find a case, customer or summary…</source>
        <translation>查找案件、客户或摘要…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="120"/>
        <source>All open states</source>
        <translation>所有未结状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="125"/>
        <source>Any deadline</source>
        <translation>任意期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="129"/>
        <source>Any owner</source>
        <translation>任意负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="130"/>
        <source>Nobody</source>
        <translation>无人负责</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="132"/>
        <source>Any category</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="160"/>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="162"/>
        <source>Assign selected to…</source>
        <translation>将所选分派给…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="190"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="191"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="192"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="193"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="194"/>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="195"/>
        <source>Waiting since</source>
        <translation>等待自</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="196"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="201"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="203"/>
        <source>Refuse…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="231"/>
        <source>Over your approval limit, or your own proposal</source>
        <translation>超出您的审批权限，或是您自己的提议</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="235"/>
        <source>%1 waiting for approval, %2 within your limits.</source>
        <translation>%1 项等待审批，其中 %2 项在您的权限内。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="239"/>
        <source>Approval queue (%1)</source>
        <translation>审批队列（%1）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="244"/>
        <source>Choose an action first.</source>
        <translation>请先选择一项措施。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="249"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="249"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="256"/>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="404"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="255"/>
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="255"/>
        <source>Refused.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="289"/>
        <source>Could not load the cases: %1</source>
        <translation>无法加载案件：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="324"/>
        <source>&lt;b&gt;%1&lt;/b&gt; open cases · &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%2&lt;/b&gt; breached&lt;/span&gt; · &lt;span style=&apos;color:#ef6c00&apos;&gt;&lt;b&gt;%3&lt;/b&gt; at risk&lt;/span&gt; · %4 on track · &lt;b&gt;%5&lt;/b&gt; waiting for a supervisor · showing %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个未结案件 · &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%2&lt;/b&gt; 个已超期&lt;/span&gt; · &lt;span style=&apos;color:#ef6c00&apos;&gt;&lt;b&gt;%3&lt;/b&gt; 个有超期风险&lt;/span&gt; · %4 个正常 · &lt;b&gt;%5&lt;/b&gt; 个等待主管处理 · 显示 %6 个</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="351"/>
        <source>%1 cases passed a deadline and were escalated.</source>
        <translation>%1 个案件已超期并已升级。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="369"/>
        <source>Select one or more cases first.</source>
        <translation>请先选择一个或多个案件。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="394"/>
        <source>%1 cases handed over.</source>
        <translation>已移交 %1 个案件。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="396"/>
        <source>%1 could not move: %2</source>
        <translation>%1 个无法移交：%2</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="45"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="47"/>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="47"/>
        <source>Which</source>
        <translation>哪一条</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="47"/>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="55"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="55"/>
        <source>Current version (kept)</source>
        <translation>当前版本（已保留）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="55"/>
        <source>Overwritten version</source>
        <translation>被覆盖的版本</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="59"/>
        <source>&amp;Keep the current version</source>
        <translation>保留当前版本(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="60"/>
        <source>&amp;Use the overwritten version</source>
        <translation>改用被覆盖的版本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="75"/>
        <source>Two consoles changed the same record while apart. The later change was kept; pick which version should stay.</source>
        <translation>两台工作台在离线期间修改了同一条记录。系统保留了较晚的修改；请选择要保留的版本。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="122"/>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="128"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="94"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="129"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="95"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="130"/>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="174"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="96"/>
        <source>Email address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="131"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="97"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="132"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="98"/>
        <source>Customer note</source>
        <translation>客户备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="133"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="99"/>
        <source>Call record</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="134"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="100"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="135"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="101"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="136"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="102"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="152"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="153"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="154"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="155"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="156"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="157"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="158"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="159"/>
        <source>Value score</source>
        <translation>价值分</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="160"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="161"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="162"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="163"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="164"/>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="165"/>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="166"/>
        <source>Recording consent</source>
        <translation>录音同意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="167"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="168"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="169"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="170"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="171"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="172"/>
        <source>Number as given</source>
        <translation>原始号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="173"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="175"/>
        <source>Primary</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="176"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="183"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="183"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="229"/>
        <source>this conflict was already resolved</source>
        <translation>此冲突已被处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="231"/>
        <source>the %1 record is not on this console</source>
        <translation>本工作台上没有该%1记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="236"/>
        <source>Could not resolve: %1</source>
        <translation>无法处理：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="222"/>
        <source>Resolved. The choice reaches the other consoles with the next sync.</source>
        <translation>已处理。下次同步时，其他工作台也会采用这一选择。</translation>
    </message>
</context>
<context>
    <name>ConsoleComplaints</name>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="55"/>
        <source>Co&amp;mplaints</source>
        <translation>投诉(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="57"/>
        <source>&amp;Log a complaint for this customer…</source>
        <translation>为此客户登记投诉(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="59"/>
        <source>&amp;My cases and callbacks…</source>
        <translation>我的案件和回访(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="61"/>
        <source>Complaints &amp;board…</source>
        <translation>投诉看板(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="95"/>
        <source>Open the customer&apos;s record first (screen pop or search), then log the complaint.</source>
        <translation>请先打开客户档案（弹屏或搜索），再登记投诉。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="132"/>
        <source>You have an unfinished complaint draft for this customer.</source>
        <translation>您有一份此客户的投诉草稿尚未完成。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="148"/>
        <source>Complaint %1 logged. Tell the customer the case number.</source>
        <translation>投诉 %1 已登记。请告知客户案件编号。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="169"/>
        <source>My complaint cases</source>
        <translation>我的投诉案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="209"/>
        <source>Callbacks: %1 due, %2 later today</source>
        <translation>回访：%1 个到期，今天稍后 %2 个</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="231"/>
        <source>%1 of your complaint cases passed a deadline and went to the supervisors.</source>
        <translation>您有 %1 个投诉案件已超期，已转交主管。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="235"/>
        <source>Complaint deadline passed</source>
        <translation>投诉已超期</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="117"/>
        <source>Not possible now (%2): you cannot %1.</source>
        <translation>现在无法操作（%2）：不能%1。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="124"/>
        <source>log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="125"/>
        <source>become available</source>
        <translation>置为就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="126"/>
        <source>go not ready</source>
        <translation>置为未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="127"/>
        <source>log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="128"/>
        <source>take a call</source>
        <translation>接入来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="129"/>
        <source>start an outbound call</source>
        <translation>发起外呼</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="130"/>
        <source>answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="131"/>
        <source>miss a call</source>
        <translation>记为未接</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="132"/>
        <source>hold</source>
        <translation>保持通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="133"/>
        <source>resume</source>
        <translation>恢复通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="134"/>
        <source>end the call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="135"/>
        <source>hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="136"/>
        <source>drop the line</source>
        <translation>断开线路</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="137"/>
        <source>transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="138"/>
        <source>consult</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="139"/>
        <source>complete a transfer</source>
        <translation>完成转接</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="140"/>
        <source>cancel a consultation</source>
        <translation>取消咨询</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="141"/>
        <source>extend wrap-up</source>
        <translation>延长话后处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="142"/>
        <source>finish wrap-up</source>
        <translation>完成话后处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="150"/>
        <source>Could not save the call record (it will be retried with the next change): %1</source>
        <translation>无法保存通话记录（下次变更时将重试）：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="199"/>
        <source>Callback due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="199"/>
        <source>Call back %1</source>
        <translation>回拨 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="201"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="201"/>
        <source>Call from %1</source>
        <translation>来自 %1 的来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="207"/>
        <source>Lookup failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="80"/>
        <source>Agent console — %1</source>
        <translation>坐席工作台 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="110"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="113"/>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="148"/>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="149"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="150"/>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="151"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="201"/>
        <source>&amp;Agent</source>
        <translation>坐席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="202"/>
        <source>&amp;Available</source>
        <translation>就绪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="205"/>
        <source>&amp;Not ready</source>
        <translation>未就绪(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="210"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="212"/>
        <source>Log &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="213"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="214"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="215"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="217"/>
        <source>&amp;Live</source>
        <translation>实时(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="218"/>
        <source>Open the &amp;queue board</source>
        <translation>打开队列看板(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="219"/>
        <source>LIVE SIMULATION %1×</source>
        <translation>实时模拟 %1×</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="222"/>
        <source>&amp;Demo</source>
        <translation>演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="224"/>
        <source>&amp;Ring me (random caller)</source>
        <translation>给我来电（随机来电者）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="225"/>
        <source>Ring me &amp;from a number…</source>
        <translation>用指定号码来电(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="226"/>
        <source>Caller &amp;hangs up</source>
        <translation>来电者挂断(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="227"/>
        <source>&amp;Line fails</source>
        <translation>线路故障(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="228"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="229"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="250"/>
        <source>Withheld number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="252"/>
        <source>Unknown caller</source>
        <translation>未知来电者</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="254"/>
        <source>Ringing: %1</source>
        <translation>振铃：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="256"/>
        <source>Wrap-up: %1</source>
        <translation>话后处理：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="329"/>
        <source>Ring me</source>
        <translation>给我来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="329"/>
        <source>Caller&apos;s number as the network sends it:</source>
        <translation>网络送来的来电号码：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="336"/>
        <source>Become Available first: calls ring only when you are available.</source>
        <translation>请先切换为就绪：只有就绪时才会来电。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="365"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="367"/>
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
        <location filename="../../callcenter/gui/agent/console_window.py" line="382"/>
        <source>A call is in progress</source>
        <translation>通话进行中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="383"/>
        <source>Close the console and drop the call? The call record is kept.</source>
        <translation>关闭工作台并中断通话？通话记录会保留。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="46"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="46"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="50"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="51"/>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="70"/>
        <location filename="../../callcenter/gui/agent/words.py" line="21"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="56"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="57"/>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="60"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="60"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="60"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="63"/>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="64"/>
        <source>Agrees to marketing</source>
        <translation>同意接收营销</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="67"/>
        <location filename="../../callcenter/gui/agent/words.py" line="18"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="68"/>
        <location filename="../../callcenter/gui/agent/words.py" line="19"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="69"/>
        <location filename="../../callcenter/gui/agent/words.py" line="20"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="71"/>
        <location filename="../../callcenter/gui/agent/words.py" line="22"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="72"/>
        <location filename="../../callcenter/gui/agent/words.py" line="23"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="73"/>
        <location filename="../../callcenter/gui/agent/words.py" line="24"/>
        <source>Phone type</source>
        <translation>电话类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="74"/>
        <location filename="../../callcenter/gui/agent/words.py" line="25"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="103"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="191"/>
        <source>Could not save. %1 Your entries are kept; try again.</source>
        <translation>无法保存。%1 您输入的内容已保留，请重试。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="29"/>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="30"/>
        <source>Enter a family name or a given name.</source>
        <translation>请输入姓或名。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="33"/>
        <source>This is not an email address (example: name@example.com).</source>
        <translation>这不是电子邮件地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="35"/>
        <source>Choose a language.</source>
        <translation>请选择语言。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="36"/>
        <source>This phone number is too short.</source>
        <translation>电话号码太短。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="37"/>
        <source>This phone number is too long.</source>
        <translation>电话号码太长。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="40"/>
        <source>This phone number has the wrong number of digits.</source>
        <translation>电话号码位数不对。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="42"/>
        <source>A phone number needs digits.</source>
        <translation>电话号码需要数字。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="45"/>
        <source>The country code of this phone number is unknown.</source>
        <translation>此电话号码的国家代码未知。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="49"/>
        <source>This is not a phone number in use. Check the digits.</source>
        <translation>这不是在用的电话号码，请检查数字。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="51"/>
        <source>This phone number is not valid.</source>
        <translation>此电话号码无效。</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="39"/>
        <source>Trainer dashboard</source>
        <translation>培训师看板</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="51"/>
        <source>Trainee:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="56"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="57"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="58"/>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="59"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="60"/>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="61"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="62"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="63"/>
        <source>Outcome</source>
        <translation>结局</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="74"/>
        <source>Progress per skill (percent of the skill&apos;s points, by session)</source>
        <translation>各项技能进步情况（每次练习该技能得分的百分比）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="91"/>
        <source>Could not read the sessions: %1</source>
        <translation>无法读取练习记录：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="102"/>
        <source>All trainees</source>
        <translation>全部学员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="125"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="125"/>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="136"/>
        <source>%1 sessions · %2 passed · mean score %3</source>
        <translation>%1 次练习 · %2 次通过 · 平均分 %3</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="157"/>
        <source>practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="157"/>
        <source>easy mode</source>
        <translation>简易模式</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="157"/>
        <source>live simulator</source>
        <translation>实时模拟</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="163"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="164"/>
        <source>ended by the agent early</source>
        <translation>坐席提前结束</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="165"/>
        <source>the caller hung up</source>
        <translation>来电者挂断</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="166"/>
        <source>the line dropped</source>
        <translation>线路中断</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="176"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="181"/>
        <source>session</source>
        <translation>练习次序</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="18"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="19"/>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="20"/>
        <source>Trainer note</source>
        <translation>培训师备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="21"/>
        <source>The call rings</source>
        <translation>来电振铃</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="22"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="23"/>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="24"/>
        <source>Time to answer</source>
        <translation>接听用时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="25"/>
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="26"/>
        <source>Hold time</source>
        <translation>保持时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="27"/>
        <source>Dead air</source>
        <translation>冷场时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="28"/>
        <source>Longest silence</source>
        <translation>最长沉默</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="29"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="30"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="31"/>
        <source>pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="32"/>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="33"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="34"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="35"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="36"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="37"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="38"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="39"/>
        <source>By skill</source>
        <translation>按技能</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="40"/>
        <source>Timeline and transcript</source>
        <translation>时间线和对话记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="53"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="54"/>
        <source>late</source>
        <translation>偏晚</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="55"/>
        <source>out of order</source>
        <translation>顺序不对</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="56"/>
        <source>late and out of order</source>
        <translation>偏晚且顺序不对</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="57"/>
        <source>missed</source>
        <translation>遗漏</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="58"/>
        <source>spoiled</source>
        <translation>已失分</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="64"/>
        <source>The call was never answered.</source>
        <translation>来电一直未被接听。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="65"/>
        <source>Answered later than the scenario&apos;s limit.</source>
        <translation>接听晚于场景规定的时限。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="66"/>
        <source>The call ran longer than the scenario&apos;s limit.</source>
        <translation>通话时长超过了场景规定的时限。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="67"/>
        <source>The caller hung up.</source>
        <translation>来电者挂断了。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="68"/>
        <source>The line dropped (trainer&apos;s event).</source>
        <translation>线路中断（培训师设置的事件）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="69"/>
        <source>The conversation did not reach an ending.</source>
        <translation>对话没有进行到结尾。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="75"/>
        <source>The caller gets angrier</source>
        <translation>来电者更生气了</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="76"/>
        <source>The line drops</source>
        <translation>线路中断</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="77"/>
        <source>The caller hung up</source>
        <translation>来电者挂断</translation>
    </message>
</context>
<context>
    <name>DebriefWindow</name>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="55"/>
        <source>Debrief — %1</source>
        <translation>复盘 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="60"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="62"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="80"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="82"/>
        <source>the folder cannot be written</source>
        <translation>文件夹不可写</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="83"/>
        <source>the file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="88"/>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="97"/>
        <source>Export the debrief</source>
        <translation>导出复盘报告</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="88"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="98"/>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="101"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>DialoguePanel</name>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="48"/>
        <source>Calling about: %1</source>
        <translation>来电事由：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="51"/>
        <source>Answer the call on the console when it rings.</source>
        <translation>来电振铃时，请在坐席台上接听。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="57"/>
        <source>&amp;Replay</source>
        <translation>重播(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="59"/>
        <source>S&amp;lower</source>
        <translation>放慢(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="61"/>
        <source>S&amp;ubtitles</source>
        <translation>字幕(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="64"/>
        <source>&amp;Easy mode (hints and suggested replies)</source>
        <translation>简易模式（提示和建议回复）(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="89"/>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="139"/>
        <source>Type what you say to the customer, then Enter</source>
        <translation>输入您要对客户说的话，然后按回车</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="91"/>
        <source>&amp;Say</source>
        <translation>说(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="117"/>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="137"/>
        <source>Paused by the trainer</source>
        <translation>培训师已暂停</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="69"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="72"/>
        <source>Last 90 days</source>
        <translation>最近90天</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="72"/>
        <source>Last 12 months</source>
        <translation>最近12个月</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="72"/>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="80"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="81"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="92"/>
        <source>Median time to acknowledge
(business hours)</source>
        <translation>确认用时中位数
（工作小时）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="93"/>
        <source>Median time to resolve
(business hours)</source>
        <translation>解决用时中位数
（工作小时）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="94"/>
        <source>Breach rate</source>
        <translation>超时率</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="95"/>
        <source>Reopen rate</source>
        <translation>重开率</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="113"/>
        <source>Complaints by category</source>
        <translation>各类别投诉量</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="115"/>
        <source>Root causes (Pareto)</source>
        <translation>根本原因（帕累托）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="123"/>
        <source>Recovery effect: customers whose complaint was resolved against customers who never complained</source>
        <translation>补救效果：投诉已解决的客户与从未投诉的客户对比</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="130"/>
        <source>Customers</source>
        <translation>客户组</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="131"/>
        <source>Mean satisfaction (1-5)</source>
        <translation>平均满意度（1-5）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="132"/>
        <source>Bought again within 90 days</source>
        <translation>90天内再次购买</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="133"/>
        <source>Customers counted</source>
        <translation>计入客户数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="153"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="165"/>
        <source>The figures could not be loaded: %1</source>
        <translation>无法加载统计数据：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="171"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 件投诉</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="172"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="218"/>
        <source>Cases</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="223"/>
        <source>Cumulative %</source>
        <translation>累计百分比</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="245"/>
        <source>Complaint resolved</source>
        <translation>投诉已解决</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="245"/>
        <source>Never complained</source>
        <translation>从未投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="251"/>
        <source>%1 (%2 answers)</source>
        <translation>%1（%2 份回复）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="262"/>
        <source>Export the figures as CSV</source>
        <translation>将统计导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="262"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="267"/>
        <source>Export the figures as XLSX</source>
        <translation>将统计导出为 XLSX</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="269"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="299"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="294"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>LiveSession</name>
    <message>
        <location filename="../../callcenter/gui/live_session.py" line="248"/>
        <source>%1 is not the address of a live simulation: write HOST:PORT, like 127.0.0.1:8765.</source>
        <translation>%1 不是实时模拟的地址：请写成 主机:端口，例如 127.0.0.1:8765。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/live_session.py" line="252"/>
        <source>The live simulation at %1 cannot be reached. Start it with `callcenter live-server`, or check the address.</source>
        <translation>无法连接位于 %1 的实时模拟。请用 `callcenter live-server` 启动它，或检查地址。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/live_session.py" line="258"/>
        <source>The live simulation server closed the connection.</source>
        <translation>实时模拟服务器关闭了连接。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/live_session.py" line="260"/>
        <source>The live simulation server did not answer in time.</source>
        <translation>实时模拟服务器没有及时响应。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/live_session.py" line="261"/>
        <source>The live simulation server refused the request.</source>
        <translation>实时模拟服务器拒绝了该请求。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="26"/>
        <location filename="../../ui/login_dialog.ui" line="6"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="31"/>
        <source>Demo database. Accounts (user / password): %1</source>
        <translation>演示数据库。账户（用户名 / 密码）：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="38"/>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="39"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="40"/>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="41"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="47"/>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="74"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="50"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="70"/>
        <location filename="../../callcenter/gui/agent/words.py" line="54"/>
        <source>That user name and password do not match. Try again.</source>
        <translation>用户名和密码不匹配，请重试。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="76"/>
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
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="25"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="29"/>
        <source>Two-letter country code for numbers without +country (US, CN, GB…)</source>
        <translation>无国家代码号码使用的两字母国家代码（US、CN、GB…）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="32"/>
        <source>Ring time before a missed call (s)</source>
        <translation>振铃多久算未接（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="33"/>
        <source>After-call work time (s)</source>
        <translation>话后处理时长（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="34"/>
        <source>Extend adds (s)</source>
        <translation>每次延长（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="35"/>
        <source>Missed calls in a row before staying Not ready</source>
        <translation>连续未接多少次后保持未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="36"/>
        <source>Not ready after one missed call (s)</source>
        <translation>一次未接后的未就绪时长（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="44"/>
        <source>Available</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="45"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="47"/>
        <source>Play the ring tone</source>
        <translation>播放铃声</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="49"/>
        <source>Default country for numbers</source>
        <translation>号码默认国家</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="50"/>
        <source>After wrap-up become</source>
        <translation>话后处理结束后切换为</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="68"/>
        <source>&apos;%1&apos; is not a country code phone numbers know (try US, CN, GB).</source>
        <translation>“%1”不是已知的国家代码（可试 US、CN、GB）。</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="55"/>
        <source>an agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="56"/>
        <source>a supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="57"/>
        <source>an administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="58"/>
        <source>a trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="61"/>
        <source>The disk is full. Free some space and try again; nothing was lost.</source>
        <translation>磁盘已满。请释放空间后重试；没有丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="64"/>
        <source>The database file or its folder cannot be written (read-only). Nothing was changed.</source>
        <translation>数据库文件或其所在文件夹不可写（只读）。没有做任何更改。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="67"/>
        <source>The database file is damaged or is not a callcenter database.</source>
        <translation>数据库文件已损坏，或不是本产品的数据库。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="68"/>
        <source>The database was written by a newer version of the product. Update the product.</source>
        <translation>该数据库由更新版本的产品写入。请更新本产品。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="71"/>
        <source>The database is busy in another window or program. Try again in a moment.</source>
        <translation>数据库正被其他窗口或程序占用。请稍后重试。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="74"/>
        <source>This file is not a callcenter database; it was left untouched.</source>
        <translation>此文件不是本产品的数据库；已保持原样。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="75"/>
        <source>The database file could not be read or written.</source>
        <translation>无法读取或写入数据库文件。</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="68"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="69"/>
        <source>Waiting</source>
        <translation>排队</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="70"/>
        <source>Longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="71"/>
        <source>SL today</source>
        <translation>今日服务水平</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="72"/>
        <source>SL 30 min</source>
        <translation>30 分钟服务水平</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="73"/>
        <source>ASA</source>
        <translation>平均应答</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="74"/>
        <source>AHT</source>
        <translation>平均处理时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="75"/>
        <source>Abandoned</source>
        <translation>放弃率</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="76"/>
        <source>Available</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="77"/>
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="78"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="79"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="49"/>
        <source>Missed call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="50"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="51"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="52"/>
        <source>Logged in</source>
        <translation>刚登录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="53"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="54"/>
        <source>Shift ended</source>
        <translation>下班</translation>
    </message>
</context>
<context>
    <name>ScenarioEditorDialog</name>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="47"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="49"/>
        <source>the folder cannot be written</source>
        <translation>文件夹不可写</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="50"/>
        <source>the file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="98"/>
        <source>Edit scenario — %1</source>
        <translation>编辑场景 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="102"/>
        <source>Line</source>
        <translation>台词</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="102"/>
        <source>Ending</source>
        <translation>结尾</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="104"/>
        <source>When</source>
        <translation>条件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="104"/>
        <source>Intent, action or event</source>
        <translation>意图、操作或事件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="104"/>
        <source>Go to line</source>
        <translation>转到台词</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="122"/>
        <source>Add &amp;line</source>
        <translation>添加台词(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="123"/>
        <source>Add &amp;branch</source>
        <translation>添加分支(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="124"/>
        <source>Remove branch</source>
        <translation>删除分支</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="134"/>
        <source>&amp;Preview speech</source>
        <translation>试听语音(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="139"/>
        <source>Lines and branches</source>
        <translation>台词和分支</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="143"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="144"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="145"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="148"/>
        <source>Evidence (intent:x, action:y, line:z)</source>
        <translation>依据（intent:x, action:y, line:z）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="154"/>
        <source>Add &amp;step</source>
        <translation>添加步骤(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="157"/>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="160"/>
        <source>YAML (everything)</source>
        <translation>YAML（全部内容）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="169"/>
        <source>&amp;Validate</source>
        <translation>校验(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="225"/>
        <source>Branches of line %1 (first match wins):</source>
        <translation>台词 %1 的分支（按顺序第一个匹配的生效）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="341"/>
        <source>%n problem(s): fix them before saving.</source>
        <translation>
            <numerusform>%n 个问题：请先修正再保存。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="343"/>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="360"/>
        <source>Choose a line with text to preview.</source>
        <translation>请选择一条有文字的台词来试听。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="364"/>
        <source>Synthesising…</source>
        <translation>正在合成语音…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="369"/>
        <source>No speech here: the speech engine could not speak this line.</source>
        <translation>此处无法语音：语音引擎无法朗读这句台词。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="377"/>
        <source>Playing the preview.</source>
        <translation>正在播放试听。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="381"/>
        <source>Speech is ready, but there is no audio device to play it.</source>
        <translation>语音已生成，但没有可播放的音频设备。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="397"/>
        <location filename="../../callcenter/gui/trainer/scenario_editor_dialog.py" line="400"/>
        <source>Could not save: %1</source>
        <translation>无法保存：%1</translation>
    </message>
</context>
<context>
    <name>ScreenPopPanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="130"/>
        <source>&amp;Create customer</source>
        <translation>新建客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="132"/>
        <source>Searc&amp;h customers</source>
        <translation>搜索客户(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="147"/>
        <source>Several customers share this number. Ask the caller&apos;s name, then choose:</source>
        <translation>多位客户共用此号码。请询问来电者姓名后选择：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="167"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="171"/>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="518"/>
        <source>Log a &amp;complaint…</source>
        <translation>登记投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="172"/>
        <source>Capture a complaint for this customer (Ctrl+K)</source>
        <translation>为此客户登记投诉（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="190"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="191"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="192"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="193"/>
        <source>Credit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="194"/>
        <source>Spend, last 12 months</source>
        <translation>近 12 个月消费</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="195"/>
        <source>Usually buys</source>
        <translation>常购商品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="196"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="197"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="214"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="214"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="214"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="214"/>
        <source>Deadline</source>
        <translation>期限状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="214"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="216"/>
        <source>Double-click a case to open it</source>
        <translation>双击案件即可打开</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="220"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="221"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="222"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="223"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="224"/>
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="225"/>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="235"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="229"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="229"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="229"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="229"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="229"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="232"/>
        <source>Recent calls</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="233"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="234"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="256"/>
        <source>No caller</source>
        <translation>无来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="257"/>
        <source>The caller&apos;s record appears here when a call rings.</source>
        <translation>来电振铃时，这里会显示来电者的资料。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="261"/>
        <source>Looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="261"/>
        <source>caller</source>
        <translation>来电者</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="273"/>
        <source>%n customer(s) on %1</source>
        <translation>
            <numerusform>%1 上有 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="284"/>
        <source>New caller: %1</source>
        <translation>新来电者：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="285"/>
        <source>No customer has this number. Create one now, or search by name.</source>
        <translation>没有客户使用此号码。可立即新建客户，或按姓名搜索。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="287"/>
        <source>Number withheld</source>
        <translation>号码已隐藏</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="288"/>
        <source>The caller hid their number. Ask for their name or account number.</source>
        <translation>来电者隐藏了号码。请询问其姓名或账号。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="290"/>
        <source>Not a valid phone number: %1</source>
        <translation>无效的电话号码：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="293"/>
        <source>The network sent a number that cannot be used (%1). The call works normally; find the customer by name.</source>
        <translation>网络送来的号码无法使用（%1）。通话照常进行；请按姓名查找客户。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="323"/>
        <source>too short</source>
        <translation>太短</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="324"/>
        <source>too long</source>
        <translation>太长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="325"/>
        <source>wrong number of digits</source>
        <translation>位数不对</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="326"/>
        <source>no digits</source>
        <translation>没有数字</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="327"/>
        <source>unknown country code</source>
        <translation>国家代码未知</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="328"/>
        <source>not a number in use</source>
        <translation>不是在用号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="329"/>
        <source>not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="333"/>
        <source>Platinum</source>
        <translation>白金</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="334"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="335"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="336"/>
        <source>Bronze</source>
        <translation>铜卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="341"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="342"/>
        <source>Credit limit reached</source>
        <translation>已达信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="343"/>
        <source>High churn risk</source>
        <translation>流失风险高</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="344"/>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="345"/>
        <source>Unresolved complaint</source>
        <translation>有未解决投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="346"/>
        <source>Sensitive data masked</source>
        <translation>敏感信息已遮蔽</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="416"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="416"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="417"/>
        <source>value %1/100</source>
        <translation>价值 %1/100</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="421"/>
        <source>customer since %1</source>
        <translation>%1 起成为客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="438"/>
        <source>%1 of %2 used</source>
        <translation>已用 %1 / 额度 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="443"/>
        <source>%1 (%n order(s) in all)</source>
        <translation>
            <numerusform>%1（共 %n 笔订单）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="506"/>
        <source>[private — hidden for your role]</source>
        <translation>[私密 — 您的角色不可见]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="470"/>
        <source>Open complaints (%1)</source>
        <translation>未结投诉（%1）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="515"/>
        <source>Continue the complaint &amp;draft…</source>
        <translation>继续填写投诉草稿(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="528"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="529"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="530"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="531"/>
        <source>fax</source>
        <translation>传真</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="26"/>
        <source>Search name, phone, email, account… (Ctrl+F)</source>
        <translation>搜索姓名、电话、邮箱、账号…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="79"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/search_panel.py" line="92"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="92"/>
        <source>No matches</source>
        <translation>没有结果</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="107"/>
        <source>Could not prepare the training data: %1</source>
        <translation>无法准备培训数据：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="157"/>
        <source>TRAINING — role-play with made-up customers; nothing here touches real customers</source>
        <translation>培训 — 使用虚构客户的角色扮演；不会涉及任何真实客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="161"/>
        <source>TRAINING — %1</source>
        <translation>培训 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="240"/>
        <source>No speech here: the customer&apos;s lines are shown as text only.</source>
        <translation>此处无法语音：客户的台词仅以文字显示。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="251"/>
        <source>No audio device: the customer&apos;s lines are shown as subtitles.</source>
        <translation>没有音频设备：客户的台词以字幕显示。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="294"/>
        <source>The session could not be saved: %1</source>
        <translation>无法保存本次练习：%1</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="24"/>
        <source>Role-play — %1</source>
        <translation>角色扮演 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="54"/>
        <source>Preparing the training data…</source>
        <translation>正在准备培训数据…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="58"/>
        <source>calm</source>
        <translation>平静</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="59"/>
        <source>happy</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="60"/>
        <source>anxious</source>
        <translation>焦虑</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="61"/>
        <source>annoyed</source>
        <translation>不耐烦</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="62"/>
        <source>angry</source>
        <translation>生气</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="63"/>
        <source>furious</source>
        <translation>暴怒</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="72"/>
        <source>The call is ringing on the training console.</source>
        <translation>培训坐席台上有来电振铃。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="87"/>
        <source>Training session</source>
        <translation>培训练习</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="32"/>
        <source>&amp;Available</source>
        <translation>就绪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="33"/>
        <source>Become available for calls (F9)</source>
        <translation>切换为就绪以接听来电（F9）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="36"/>
        <source>&amp;Not ready</source>
        <translation>未就绪(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="37"/>
        <source>Stop taking calls with the chosen reason (F10)</source>
        <translation>按所选原因暂停接听（F10）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="38"/>
        <source>Log &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="29"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="32"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="82"/>
        <source>The sync server cannot be reached. Your changes are kept and will be sent later.</source>
        <translation>无法连接同步服务器。您的修改已保存在本机，稍后会自动发送。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="35"/>
        <source>The sync server cannot be reached: it did not answer in time. Your changes are kept and will be sent later.</source>
        <translation>无法连接同步服务器：服务器未及时响应。您的修改已保存在本机，稍后会自动发送。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="39"/>
        <source>The sync server is busy. Your changes are kept and will be sent later.</source>
        <translation>同步服务器正忙。您的修改已保存在本机，稍后会自动发送。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="42"/>
        <source>The sync server has a problem right now. Your changes are kept and will be sent later.</source>
        <translation>同步服务器暂时出现问题。您的修改已保存在本机，稍后会自动发送。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="45"/>
        <source>The sync server sent an answer this console cannot read. Your changes are kept and will be sent later.</source>
        <translation>同步服务器返回了本工作台无法读取的应答。您的修改已保存在本机，稍后会自动发送。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="49"/>
        <source>The sync server&apos;s certificate is not trusted. Ask your administrator for the site&apos;s certificate.</source>
        <translation>同步服务器的证书不受信任。请向管理员索取本站点的证书。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="53"/>
        <source>This console is not registered with the sync server, or its registration expired. Register it again in Sync settings.</source>
        <translation>此工作台尚未在同步服务器注册，或注册已过期。请在“同步设置”中重新注册。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="61"/>
        <source>Another console already used a number or name you entered. Change it here and sync again.</source>
        <translation>另一台工作台已使用了您输入的编号或名称。请在本机修改后再同步。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="65"/>
        <source>The sync server refused a change your role may not make. Nothing of it was sent.</source>
        <translation>同步服务器拒绝了您的角色无权进行的修改，这些修改均未发送。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="68"/>
        <source>The sync server could not accept the changes as sent. The details are in the log.</source>
        <translation>同步服务器无法接受所发送的修改。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="71"/>
        <source>The changes were too large for the sync server in one request. The details are in the log.</source>
        <translation>修改内容过大，同步服务器无法在一次请求中接收。详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="74"/>
        <source>A change from the sync server could not be applied on this console. Nothing was lost; the details are in the log.</source>
        <translation>来自同步服务器的一项修改无法应用到本工作台。没有丢失任何内容；详细信息已写入日志。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="58"/>
        <source>The sync server runs a different version of the product. Update the older one.</source>
        <translation>同步服务器运行的产品版本与本机不同。请更新较旧的一方。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="25"/>
        <source>Sync is not set up: choose a server and register this console in Sync settings.</source>
        <translation>尚未设置同步：请在“同步设置”中选择服务器并注册此工作台。</translation>
    </message>
</context>
<context>
    <name>SyncMenus</name>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="38"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="40"/>
        <source>&amp;Back up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="41"/>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="42"/>
        <source>S&amp;ync</source>
        <translation>同步(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="44"/>
        <source>Sync &amp;now</source>
        <translation>立即同步(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="45"/>
        <source>Sync &amp;settings…</source>
        <translation>同步设置(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="47"/>
        <source>&amp;Conflicts…</source>
        <translation>同步冲突(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="62"/>
        <source>Sync found %1 conflicting edits: see Sync → Conflicts.</source>
        <translation>同步发现 %1 处冲突修改：请查看“同步 → 同步冲突”。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="83"/>
        <source>Back up the local data</source>
        <translation>备份本机数据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="85"/>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="115"/>
        <source>Callcenter backups (*.ccbak);;All files (*)</source>
        <translation>呼叫中心备份 (*.ccbak);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="92"/>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="95"/>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="96"/>
        <source>The backup could not be written: %1</source>
        <translation>无法写入备份：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="106"/>
        <source>the file does not exist</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="107"/>
        <source>it is not a callcenter backup</source>
        <translation>它不是本产品的备份</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="108"/>
        <source>it is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="109"/>
        <source>it was written by a newer version of the product; update the product first</source>
        <translation>它由更新版本的产品写入；请先更新本产品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="115"/>
        <source>Restore the local data</source>
        <translation>恢复本机数据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="124"/>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="134"/>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="163"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="125"/>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="157"/>
        <source>This file cannot be restored: %1</source>
        <translation>无法从此文件恢复：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="136"/>
        <source>Replace the local data with this backup? The current data is kept beside it, and changes already synced come back with the next sync. The console closes afterwards; start it again.</source>
        <translation>用此备份替换本机数据吗？当前数据会另存一份，已同步的修改会在下次同步时取回。完成后工作台将关闭，请重新启动。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="160"/>
        <source>Restore failed</source>
        <translation>恢复失败</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_menu.py" line="163"/>
        <source>Restored. Start the console again.</source>
        <translation>已恢复。请重新启动工作台。</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="35"/>
        <source>Sync settings</source>
        <translation>同步设置</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="41"/>
        <source>&amp;Register this console</source>
        <translation>注册此工作台(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="46"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="47"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="48"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="55"/>
        <source>Register once with your user name and password; the console then syncs in the background and works offline when the server cannot be reached.</source>
        <translation>用您的用户名和密码注册一次即可；之后工作台会在后台同步，连接不上服务器时也能离线工作。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="74"/>
        <source>Enter the server address, starting with https://</source>
        <translation>请输入以 https:// 开头的服务器地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="77"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="80"/>
        <source>Registering…</source>
        <translation>正在注册…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="93"/>
        <source>This console is registered. It syncs in the background from now on.</source>
        <translation>此工作台已注册，今后将在后台自动同步。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="96"/>
        <source>No system keyring was found: the console&apos;s token is kept in a file that only your user account can read.</source>
        <translation>未找到系统密钥环：工作台的令牌保存在只有您的用户账户可读的文件中。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="105"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="107"/>
        <source>The sync server cannot be reached. Check the address and the network.</source>
        <translation>无法连接同步服务器。请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="109"/>
        <source>The sync server runs a different version of the product. Update the older one.</source>
        <translation>同步服务器运行的产品版本与本机不同。请更新较旧的一方。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_settings_dialog.py" line="111"/>
        <source>Registration failed: %1</source>
        <translation>注册失败：%1</translation>
    </message>
</context>
<context>
    <name>SyncStatusPanel</name>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="19"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="25"/>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="30"/>
        <source>Sync: not set up</source>
        <translation>同步：未设置</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="32"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="37"/>
        <source>Synced %1</source>
        <translation>已同步 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="39"/>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="40"/>
        <source>%1 pending</source>
        <translation>%1 项待发送</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="46"/>
        <source>Last success: %1</source>
        <translation>上次成功：%1</translation>
    </message>
</context>
<context>
    <name>TrainerControlsPanel</name>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="29"/>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="31"/>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="68"/>
        <source>&amp;Pause</source>
        <translation>暂停(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="37"/>
        <source>The caller gets angrier</source>
        <translation>来电者更生气了</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="38"/>
        <source>The line drops</source>
        <translation>线路中断</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="39"/>
        <source>&amp;Inject</source>
        <translation>触发(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="45"/>
        <source>Speak as the customer…</source>
        <translation>以客户身份说话…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="47"/>
        <source>Say as &amp;customer</source>
        <translation>以客户身份说(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="54"/>
        <source>A note for the debrief (time-stamped)…</source>
        <translation>写给复盘的备注（自动记录时间）…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="57"/>
        <source>Add &amp;note</source>
        <translation>添加备注(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="61"/>
        <source>&amp;End session and debrief</source>
        <translation>结束练习并复盘(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_panel.py" line="68"/>
        <source>&amp;Resume</source>
        <translation>继续(&amp;R)</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="77"/>
        <source>Trainer — role-play scenarios</source>
        <translation>培训师 — 角色扮演场景</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="85"/>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="97"/>
        <source>Easy mode: hints and suggested replies</source>
        <translation>简易模式：提示和建议回复</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="99"/>
        <source>Inside the live queue simulator (the training call arrives as a normal call)</source>
        <translation>在实时排队模拟中进行（培训来电像普通来电一样到达）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="101"/>
        <source>Trainee:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="102"/>
        <source>Language of the call:</source>
        <translation>通话语言：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="107"/>
        <source>&amp;Start session</source>
        <translation>开始练习(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="110"/>
        <source>&amp;Edit scenario…</source>
        <translation>编辑场景(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="112"/>
        <source>&amp;Dashboard</source>
        <translation>看板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="122"/>
        <source>TRAINING — sessions use made-up customers in a separate training store</source>
        <translation>培训 — 练习使用独立培训库中的虚构客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="161"/>
        <source>Some scenario files were skipped: %1</source>
        <translation>部分场景文件已跳过：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="179"/>
        <source>Caller</source>
        <translation>来电者</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="179"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="179"/>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="180"/>
        <source>pass mark %1</source>
        <translation>及格线 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="197"/>
        <source>Start session</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="197"/>
        <source>This scenario has no version in that language.</source>
        <translation>该场景没有这种语言的版本。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="200"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="13"/>
        <source>Transfer call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="16"/>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="18"/>
        <source>Agent: %1</source>
        <translation>坐席：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="19"/>
        <source>&amp;Blind — hand over now</source>
        <translation>直接转接 — 立即转交(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="20"/>
        <source>&amp;Warm — talk to them first, caller on hold</source>
        <translation>咨询转接 — 先沟通，来电者保持(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="23"/>
        <source>Transfer to</source>
        <translation>转接到</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="42"/>
        <source>waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="43"/>
        <source>longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="44"/>
        <source>service level, 30 min</source>
        <translation>服务水平（30 分钟）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="45"/>
        <source>agents available</source>
        <translation>空闲坐席</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="94"/>
        <source>Choose a disposition first.</source>
        <translation>请先选择处理结果。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="109"/>
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
