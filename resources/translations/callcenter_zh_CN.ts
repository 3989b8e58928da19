<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AdminActions</name>
    <message>
        <location filename="../../callcenter/gui/admin/admin_actions.py" line="27"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_actions.py" line="45"/>
        <source>&amp;Users and reference data…</source>
        <translation>用户和基础数据(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_actions.py" line="48"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
</context>
<context>
    <name>AdminMenu</name>
    <message>
        <location filename="../../callcenter/gui/admin/admin_menu.py" line="24"/>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_menu.py" line="31"/>
        <source>&amp;Import customers, orders or payments…</source>
        <translation>导入客户、订单或付款(&amp;I)…</translation>
    </message>
</context>
<context>
    <name>AdminWindow</name>
    <message>
        <location filename="../../callcenter/gui/admin/admin_tabs.py" line="64"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_tabs.py" line="65"/>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="418"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_tabs.py" line="109"/>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="454"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_tabs.py" line="126"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_tabs.py" line="128"/>
        <source>Code:</source>
        <translation>代码：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_tabs.py" line="129"/>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_tabs.py" line="130"/>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="478"/>
        <source>Administration</source>
        <translation>管理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="482"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="495"/>
        <source>Queues</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="496"/>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="497"/>
        <source>Not-ready reasons</source>
        <translation>未就绪原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="498"/>
        <source>Call outcomes</source>
        <translation>通话结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="502"/>
        <source>Complaint categories</source>
        <translation>投诉类别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="503"/>
        <source>Complaint deadlines</source>
        <translation>投诉时限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="504"/>
        <source>Approval limits</source>
        <translation>审批限额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="506"/>
        <source>Site</source>
        <translation>站点</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="507"/>
        <source>Business calendars</source>
        <translation>营业日历</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="508"/>
        <source>Holidays</source>
        <translation>节假日</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="509"/>
        <source>Ring and wrap-up</source>
        <translation>振铃与话后处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="521"/>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="522"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="523"/>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="524"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="563"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="569"/>
        <source>Current password:</source>
        <translation>当前密码：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="572"/>
        <source>New password (at least 8 characters):</source>
        <translation>新密码（至少 8 个字符）：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="575"/>
        <source>Repeat the new password:</source>
        <translation>再次输入新密码：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="583"/>
        <source>Your password was changed.</source>
        <translation>您的密码已修改。</translation>
    </message>
</context>
<context>
    <name>AdminWords</name>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="14"/>
        <source>Site name</source>
        <translation>站点名称</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="15"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="16"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="17"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="18"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="19"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="20"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="21"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="22"/>
        <source>Repeat the password</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="23"/>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="24"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="25"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="26"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="27"/>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="28"/>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="29"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="30"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="31"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="32"/>
        <source>Service-level target</source>
        <translation>服务水平目标</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="33"/>
        <source>Service-level seconds</source>
        <translation>服务水平秒数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="34"/>
        <source>Overflow queue</source>
        <translation>溢出队列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="35"/>
        <source>Parent</source>
        <translation>上级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="36"/>
        <source>Active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="38"/>
        <source>Business calendar</source>
        <translation>营业日历</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="39"/>
        <source>Opening hours</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="40"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="41"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="42"/>
        <source>Ring time</source>
        <translation>振铃时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="43"/>
        <source>Missed offers before Not ready</source>
        <translation>未接几次后置为未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="44"/>
        <source>Not-ready reason used</source>
        <translation>使用的未就绪原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="45"/>
        <source>After a missed offer</source>
        <translation>未接来电之后</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="46"/>
        <source>Pause after one missed offer</source>
        <translation>未接一次后暂停</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="47"/>
        <source>Wrap-up time limit</source>
        <translation>话后处理时限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="48"/>
        <source>Extension</source>
        <translation>延长时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="49"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="50"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="51"/>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="52"/>
        <source>Kind of action</source>
        <translation>补救类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="53"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="56"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="57"/>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="58"/>
        <source>letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only (2 to 64)</source>
        <translation>只能使用字母、数字、“.”、“_”和“-”（2 至 64 个）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="59"/>
        <source>not a known country code (e.g. US, CN, GB)</source>
        <translation>不是有效的国家/地区代码（如 US、CN、GB）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="60"/>
        <source>not a known time zone (e.g. Asia/Shanghai)</source>
        <translation>不是有效的时区（如 Asia/Shanghai）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="61"/>
        <source>English or Chinese</source>
        <translation>英文或中文</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="62"/>
        <source>a three-letter code (e.g. USD, CNY)</source>
        <translation>三个字母的代码（如 USD、CNY）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="63"/>
        <source>must start with http:// or https://</source>
        <translation>必须以 http:// 或 https:// 开头</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="64"/>
        <source>does not match</source>
        <translation>不匹配</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="65"/>
        <source>the two passwords differ</source>
        <translation>两次输入的密码不一致</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="66"/>
        <source>lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation>只能使用小写字母、数字、“.”、“_”和“-”</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="67"/>
        <source>already used</source>
        <translation>已被使用</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="68"/>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="69"/>
        <source>unknown</source>
        <translation>不存在</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="70"/>
        <source>cannot be below itself</source>
        <translation>不能放在自身之下</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="71"/>
        <source>the site needs at least one active administrator</source>
        <translation>站点至少需要一名启用的管理员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="72"/>
        <source>each day must open before it closes</source>
        <translation>每天的开始时间必须早于结束时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="73"/>
        <source>choose at least one open day</source>
        <translation>请至少选择一个营业日</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="74"/>
        <source>not a date</source>
        <translation>不是有效日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="75"/>
        <source>cannot be shorter than the first response</source>
        <translation>不能短于首次响应时限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="78"/>
        <source>change business calendars</source>
        <translation>修改营业日历</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="79"/>
        <source>change holidays</source>
        <translation>修改节假日</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="80"/>
        <source>change ring and wrap-up policies</source>
        <translation>修改振铃与话后处理策略</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="81"/>
        <source>see ring and wrap-up policies</source>
        <translation>查看振铃与话后处理策略</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="85"/>
        <source>Only an administrator may change complaint categories.</source>
        <translation>只有管理员可以修改投诉类别。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="88"/>
        <source>Only an administrator may change complaint deadlines.</source>
        <translation>只有管理员可以修改投诉时限。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="89"/>
        <source>Only an administrator may change approval limits.</source>
        <translation>只有管理员可以修改审批限额。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="90"/>
        <source>Only a supervisor or an administrator may see the reference data.</source>
        <translation>只有主管或管理员可以查看基础数据。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="95"/>
        <source>This database already holds a site.</source>
        <translation>此数据库已有站点。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="96"/>
        <source>This database already has user accounts: sign in or join.</source>
        <translation>此数据库已有用户账户：请登录或加入站点。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="99"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="100"/>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="101"/>
        <source>The server cannot be reached. Check the address and the network.</source>
        <translation>无法连接服务器。请检查地址和网络。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="102"/>
        <source>The server did not answer in time. Try again.</source>
        <translation>服务器未及时响应。请重试。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="103"/>
        <source>The server&apos;s certificate is not trusted.</source>
        <translation>服务器的证书不受信任。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="104"/>
        <source>The server runs a different version of the product.</source>
        <translation>服务器运行的是其他版本的产品。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="105"/>
        <source>The server refused a change your role may not make.</source>
        <translation>服务器拒绝了您的角色无权进行的更改。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_words.py" line="136"/>
        <source>Please correct: %1</source>
        <translation>请更正：%1</translation>
    </message>
</context>
<context>
    <name>AgentState</name>
    <message>
        <location filename="../../callcenter/gui/names.py" line="23"/>
        <source>Logged out</source>
        <translation>已登出</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="24"/>
        <source>Available</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="25"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="26"/>
        <source>Ringing</source>
        <translation>振铃中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="27"/>
        <source>On call</source>
        <translation>通话中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="28"/>
        <source>On hold</source>
        <translation>保持中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="29"/>
        <source>After-call work</source>
        <translation>话后处理</translation>
    </message>
</context>
<context>
    <name>AgentTableModel</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="130"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="131"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="132"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="133"/>
        <source>Time in state</source>
        <translation>状态时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="134"/>
        <source>Call time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="135"/>
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
    <name>AnalyticsWords</name>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="13"/>
        <source>top {pct} % by 12-month spend</source>
        <translation>近 12 个月消费排名前 {pct}%</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="14"/>
        <source>{n} orders</source>
        <translation>{n} 笔订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="15"/>
        <source>{n} more purchases expected next year</source>
        <translation>预计明年再购买 {n} 次</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="16"/>
        <source>no orders yet</source>
        <translation>尚无订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="17"/>
        <source>no order for {days} days, usually every {usual}</source>
        <translation>已 {days} 天未下单，通常每 {usual} 天一次</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="18"/>
        <source>one order only, {days} days ago</source>
        <translation>仅一笔订单，在 {days} 天前</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="19"/>
        <source>{n} complaints in 90 days, {breached} breached</source>
        <translation>90 天内 {n} 次投诉，{breached} 次超时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="20"/>
        <source>{n} open complaints</source>
        <translation>{n} 个未结投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="21"/>
        <source>spend down {pct} % on the previous 90 days</source>
        <translation>消费比前 90 天下降 {pct}%</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="22"/>
        <source>last satisfaction score {score} of 5</source>
        <translation>最近满意度 {score}/5</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="23"/>
        <source>NPS {score} (detractor)</source>
        <translation>NPS {score}（贬损者）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="24"/>
        <source>{n} repeat calls in 30 days</source>
        <translation>30 天内 {n} 次重复来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="25"/>
        <source>{pct} % likely still active</source>
        <translation>仍活跃的可能性 {pct}%</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="26"/>
        <source>{pct} % of invoices paid on time</source>
        <translation>{pct}% 的发票按时付款</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="27"/>
        <source>{n} invoices overdue, {days} days at worst</source>
        <translation>{n} 张发票逾期，最长 {days} 天</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="28"/>
        <source>{pct} % of the credit limit in use</source>
        <translation>已用信用额度 {pct}%</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="29"/>
        <source>no credit limit</source>
        <translation>无信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="30"/>
        <source>customer for {years} years</source>
        <translation>客户年限 {years} 年</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="31"/>
        <source>no invoices yet</source>
        <translation>尚无发票</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="35"/>
        <source>Champions</source>
        <translation>冠军客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="36"/>
        <source>Loyal</source>
        <translation>忠诚客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="37"/>
        <source>Potential loyal</source>
        <translation>潜在忠诚客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="38"/>
        <source>New</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="39"/>
        <source>Promising</source>
        <translation>有潜力客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="40"/>
        <source>Need attention</source>
        <translation>需要关注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="41"/>
        <source>About to sleep</source>
        <translation>即将沉睡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="42"/>
        <source>At risk</source>
        <translation>有流失风险</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="43"/>
        <source>Can&apos;t lose them</source>
        <translation>不能失去的客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="44"/>
        <source>Hibernating</source>
        <translation>沉睡客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="45"/>
        <source>No orders</source>
        <translation>无订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="49"/>
        <source>Platinum</source>
        <translation>白金</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="50"/>
        <source>Gold</source>
        <translation>黄金</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="51"/>
        <source>Silver</source>
        <translation>白银</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="52"/>
        <source>Bronze</source>
        <translation>青铜</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="56"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="57"/>
        <source>Churn risk {risk}</source>
        <translation>流失风险 {risk}</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="58"/>
        <source>Credit {rating}</source>
        <translation>信用 {rating}</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="59"/>
        <source>Next step: retention call</source>
        <translation>下一步：挽留回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="60"/>
        <source>rule score (too little history for a model)</source>
        <translation>规则评分（历史数据不足以训练模型）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/analytics_words.py" line="61"/>
        <source>trained model</source>
        <translation>已训练模型</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../callcenter/gui/app.py" line="76"/>
        <source>Cannot open the database</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="77"/>
        <source>The database could not be opened:
%1</source>
        <translation>数据库无法打开：
%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="148"/>
        <source>Cannot join the live simulation</source>
        <translation>无法加入实时模拟</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="263"/>
        <source>Not for this role</source>
        <translation>此角色不可使用</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="265"/>
        <source>The trainer&apos;s window is for trainers, supervisors and administrators. Sign in with such an account.</source>
        <translation>培训师窗口供培训师、主管和管理员使用。请用这类账号登录。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/app.py" line="310"/>
        <source>The queue board is for supervisors and administrators. Sign in with such an account.</source>
        <translation>队列看板供主管和管理员使用。请用这类账号登录。</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="52"/>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="65"/>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="68"/>
        <source>Search detail, record number or user</source>
        <translation>搜索详情、记录编号或用户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="70"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="72"/>
        <source>From (UTC)</source>
        <translation>起始（UTC）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="73"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="74"/>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="189"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="75"/>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="190"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="76"/>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="191"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="89"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="90"/>
        <source>forever</source>
        <translation>永久</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="91"/>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="92"/>
        <source>Purge older records now</source>
        <translation>立即清除较早记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="93"/>
        <source>Keep audit records on this console</source>
        <translation>本终端审计记录保留</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="180"/>
        <source>this console</source>
        <translation>本终端</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="184"/>
        <source>%1 records</source>
        <translation>共 %1 条记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="188"/>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="192"/>
        <source>Record number</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="193"/>
        <source>Console</source>
        <translation>终端</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="194"/>
        <source>Detail</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="205"/>
        <source>Export audit records</source>
        <translation>导出审计记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="207"/>
        <source>CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>CSV 文件 (*.csv);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="215"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="225"/>
        <source>Retention saved.</source>
        <translation>保留期限已保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/audit_window.py" line="236"/>
        <source>%1 older records removed.</source>
        <translation>已清除 %1 条较早的记录。</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="111"/>
        <source>viewed</source>
        <translation>查看</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="112"/>
        <source>created</source>
        <translation>创建</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="113"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="114"/>
        <source>revealed</source>
        <translation>显示敏感信息</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="115"/>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="116"/>
        <source>purged</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="117"/>
        <source>proposed</source>
        <translation>提议</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="118"/>
        <source>approved</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="119"/>
        <source>refused</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="120"/>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="126"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="127"/>
        <source>user</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="128"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="129"/>
        <source>call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="130"/>
        <source>order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="131"/>
        <source>survey</source>
        <translation>调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="132"/>
        <source>credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="133"/>
        <source>audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="134"/>
        <source>audit retention</source>
        <translation>审计保留期限</translation>
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
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="79"/>
        <source>Queue board</source>
        <translation>队列看板</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="114"/>
        <source> calls/h</source>
        <translation> 通/小时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="115"/>
        <source>Set &amp;rate</source>
        <translation>设置来电量(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="117"/>
        <source>&amp;Add agent</source>
        <translation>增加坐席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="119"/>
        <source>Re&amp;move agent</source>
        <translation>减少坐席(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="121"/>
        <source>&amp;Wallboard [F11]</source>
        <translation>大屏模式(&amp;W) [F11]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="124"/>
        <source>Speed</source>
        <translation>速度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="126"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="146"/>
        <source>Live center</source>
        <translation>实时中心</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="147"/>
        <source>Team (all consoles)</source>
        <translation>团队（所有控制台）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="216"/>
        <source>%1 after this call</source>
        <translation>本通话后%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="222"/>
        <source>Simulated %1</source>
        <translation>模拟时间 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="238"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — live (30 min): service level %2, ASA %3, abandoned %4.  Erlang A for %5 agents at %6 calls/h: service level %7, ASA %8, abandoned %9.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — 实时（30 分钟）：服务水平 %2，平均应答速度 %3，放弃率 %4。  Erlang A 预测（%5 名坐席、%6 通/小时）：服务水平 %7，平均应答速度 %8，放弃率 %9。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="258"/>
        <source>%1: service level %2 below %3</source>
        <translation>%1：服务水平 %2 低于 %3</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="265"/>
        <source>%1: longest wait %2 above %3</source>
        <translation>%1：最长等待 %2 超过 %3</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="281"/>
        <source>Queue alarm</source>
        <translation>队列告警</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="337"/>
        <source>Force &amp;Available</source>
        <translation>强制就绪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="338"/>
        <source>Force &amp;Not ready</source>
        <translation>强制未就绪(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="339"/>
        <source>&amp;Log out</source>
        <translation>登出(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="351"/>
        <source>%1 could not be changed now.</source>
        <translation>现在无法更改 %1 的状态。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="354"/>
        <source>%1 is now %2.</source>
        <translation>%1 现在为%2。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_window.py" line="356"/>
        <source>%1 is in a call: %2 will apply after the call and its wrap-up.</source>
        <translation>%1 正在通话：%2 将在通话及话后处理结束后生效。</translation>
    </message>
</context>
<context>
    <name>CalendarsTab</name>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="39"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="39"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="39"/>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="39"/>
        <source>Open</source>
        <translation>营业时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="44"/>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="58"/>
        <source>Opening hours:</source>
        <translation>营业时间：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="63"/>
        <source>Monday</source>
        <translation>星期一</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="64"/>
        <source>Tuesday</source>
        <translation>星期二</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="65"/>
        <source>Wednesday</source>
        <translation>星期三</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="66"/>
        <source>Thursday</source>
        <translation>星期四</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="67"/>
        <source>Friday</source>
        <translation>星期五</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="68"/>
        <source>Saturday</source>
        <translation>星期六</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="69"/>
        <source>Sunday</source>
        <translation>星期日</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="84"/>
        <source>(retired)</source>
        <translation>（已停用）</translation>
    </message>
</context>
<context>
    <name>CallControl</name>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="13"/>
        <source>That call is no longer on this phone.</source>
        <translation>该通话已不在此电话上。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="14"/>
        <source>The call is not connected yet (or is already over).</source>
        <translation>通话尚未接通（或已经结束）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="15"/>
        <source>The call is not on hold.</source>
        <translation>通话未处于保持状态。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="16"/>
        <source>Resume the call first: it is on hold.</source>
        <translation>请先恢复通话：它正处于保持状态。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="17"/>
        <source>There is no connected consultation to complete: wait until they answer, or cancel.</source>
        <translation>没有已接通的咨询可以完成：请等待对方接听，或取消。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="20"/>
        <source>A consultation is in progress: complete or cancel it first.</source>
        <translation>咨询正在进行：请先完成或取消。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="21"/>
        <source>That is not a number or SIP address that can be called.</source>
        <translation>这不是可以拨打的号码或 SIP 地址。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="22"/>
        <source>Only the keys 0-9, *, # and A-D can be sent.</source>
        <translation>只能发送 0-9、*、# 和 A-D 键。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="23"/>
        <source>The line is busy.</source>
        <translation>线路忙。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="24"/>
        <source>Nobody answered.</source>
        <translation>无人接听。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="25"/>
        <source>The number does not exist or cannot be reached.</source>
        <translation>该号码不存在或无法接通。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="26"/>
        <source>The call was declined.</source>
        <translation>通话被拒绝。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="27"/>
        <source>The phone system cannot reach that number right now.</source>
        <translation>电话系统暂时无法接通该号码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="28"/>
        <source>The phone system refused the call (code %1).</source>
        <translation>电话系统拒绝了此通话（代码 %1）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="29"/>
        <source>Calls from this source cannot do that.</source>
        <translation>此来源的通话不支持该操作。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="30"/>
        <source>The phone is not running.</source>
        <translation>电话未运行。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="43"/>
        <source>Not dialled: this number belongs to a customer who asked not to be called.</source>
        <translation>未拨出：该号码属于要求勿扰的客户。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="46"/>
        <source>Not dialled: this customer asked not to be called.</source>
        <translation>未拨出：该客户要求不要致电。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_control_words.py" line="51"/>
        <source>The call cannot be controlled now.</source>
        <translation>现在无法控制该通话。</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="32"/>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="92"/>
        <source>No call</source>
        <translation>无通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="41"/>
        <source>&amp;Answer</source>
        <translation>接听(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="42"/>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="83"/>
        <source>&amp;Hold</source>
        <translation>保持(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="43"/>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="86"/>
        <source>&amp;Mute</source>
        <translation>静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="44"/>
        <source>&amp;Transfer…</source>
        <translation>转接(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="45"/>
        <source>&amp;Complete transfer</source>
        <translation>完成转接(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="46"/>
        <source>Ca&amp;ncel transfer</source>
        <translation>取消转接(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="47"/>
        <source>&amp;End call</source>
        <translation>挂断(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="83"/>
        <source>&amp;Resume</source>
        <translation>恢复(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="86"/>
        <source>Un&amp;mute</source>
        <translation>取消静音(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="98"/>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="100"/>
        <source>Talk %1</source>
        <translation>通话 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="102"/>
        <source>On hold %1</source>
        <translation>保持中 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="104"/>
        <source>Held %1×</source>
        <translation>保持 %1 次</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="106"/>
        <source>MUTED</source>
        <translation>已静音</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/call_panel.py" line="108"/>
        <source>Consulting %1 — caller on hold</source>
        <translation>正在咨询 %1 — 来电者保持中</translation>
    </message>
</context>
<context>
    <name>CallbacksTable</name>
    <message>
        <location filename="../../callcenter/gui/complaints/callbacks_table.py" line="29"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/callbacks_table.py" line="29"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/callbacks_table.py" line="29"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/callbacks_table.py" line="29"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/callbacks_table.py" line="29"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/callbacks_table.py" line="33"/>
        <source>Call back now</source>
        <translation>立即回电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/callbacks_table.py" line="59"/>
        <source>%1 (due now)</source>
        <translation>%1（已到期）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/callbacks_table.py" line="61"/>
        <source>no number</source>
        <translation>无号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/callbacks_table.py" line="74"/>
        <source>%1 callbacks scheduled, %2 due now. Double-click one to open its case.</source>
        <translation>已安排 %1 个回访，%2 个已到期。双击打开对应案件。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/callbacks_table.py" line="78"/>
        <source>No callbacks scheduled.</source>
        <translation>没有已安排的回访。</translation>
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
        <location filename="../../callcenter/gui/complaints/case_window.py" line="212"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="212"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="212"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="212"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="212"/>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="216"/>
        <source>Timeline (nothing is ever deleted)</source>
        <translation>时间线（任何记录都不会被删除）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="222"/>
        <source>Next steps</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="228"/>
        <source>Acknowledge</source>
        <translation>确认受理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="229"/>
        <source>Assess…</source>
        <translation>评估…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="230"/>
        <source>Start investigating</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="231"/>
        <source>Propose a resolution…</source>
        <translation>提出解决方案…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="232"/>
        <source>Customer accepts</source>
        <translation>客户接受</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="233"/>
        <source>Customer rejects…</source>
        <translation>客户拒绝…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="234"/>
        <source>Close…</source>
        <translation>结案…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="235"/>
        <source>Follow-up done</source>
        <translation>回访完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="236"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="237"/>
        <source>Escalate…</source>
        <translation>升级…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="238"/>
        <source>Assign / hand over…</source>
        <translation>分派 / 移交…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="239"/>
        <source>Take the case</source>
        <translation>接手此案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="240"/>
        <source>Add a note…</source>
        <translation>添加备注…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="241"/>
        <source>Record the survey…</source>
        <translation>记录满意度调查…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="250"/>
        <source>Service recovery</source>
        <translation>服务补救</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="255"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="256"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="257"/>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="284"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="258"/>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="259"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="260"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="269"/>
        <source>Offer…</source>
        <translation>提供…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="270"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="271"/>
        <source>Refuse…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="272"/>
        <source>Carry out</source>
        <translation>执行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="273"/>
        <source>Withdraw…</source>
        <translation>撤回…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="282"/>
        <source>Follow-up callbacks</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="284"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="284"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="284"/>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="692"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="287"/>
        <source>Schedule…</source>
        <translation>安排…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="289"/>
        <source>Mark done…</source>
        <translation>标记完成…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="294"/>
        <source>Acknowledgement letter (PDF)…</source>
        <translation>受理确认函（PDF）…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="296"/>
        <source>Resolution letter (PDF)…</source>
        <translation>处理结果函（PDF）…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="155"/>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="173"/>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="360"/>
        <source>Complaint %1 — %2</source>
        <translation>投诉 %1 — %2</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="377"/>
        <source>acknowledge by</source>
        <translation>受理期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="377"/>
        <source>resolve by</source>
        <translation>解决期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="379"/>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="386"/>
        <source>Escalated ×%1</source>
        <translation>已升级 ×%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="391"/>
        <source>Customer: %1 · Category: %2 · Owner: %3 · Opened %4</source>
        <translation>客户：%1 · 类别：%2 · 负责人：%3 · 登记于 %4</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="397"/>
        <source>Customer&apos;s words: %1</source>
        <translation>客户原话：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="400"/>
        <source>Outcome wanted: %1</source>
        <translation>客户诉求：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="443"/>
        <source>No history was recorded for this case.</source>
        <translation>此案件没有历史记录。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="473"/>
        <source>CSAT %1/5 · buy again: %2</source>
        <translation>满意度 %1/5 · 愿意再次购买：%2</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="475"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="475"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="478"/>
        <source>acknowledge</source>
        <translation>受理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="478"/>
        <source>resolve</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="479"/>
        <source>the %1 deadline passed</source>
        <translation>已超过%1期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="481"/>
        <source>root cause: %1</source>
        <translation>根本原因：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="483"/>
        <source>due %1</source>
        <translation>到期 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="511"/>
        <source>Committed on this case: %1</source>
        <translation>此案件已承诺金额：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="642"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="657"/>
        <source>The case is yours.</source>
        <translation>此案件已由您负责。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="679"/>
        <source>Closed. Record the satisfaction survey when the customer has answered it.</source>
        <translation>已结案。客户回复后请记录满意度调查。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="688"/>
        <source>Propose a resolution</source>
        <translation>提出解决方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="688"/>
        <source>What we offer the customer</source>
        <translation>我们向客户提供的方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="689"/>
        <source>Customer rejects</source>
        <translation>客户拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="689"/>
        <source>What the customer said</source>
        <translation>客户的说法</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="690"/>
        <source>Reopen the complaint</source>
        <translation>重新打开投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="690"/>
        <source>Why it is reopened</source>
        <translation>重新打开的原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="691"/>
        <source>Escalate</source>
        <translation>升级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="691"/>
        <source>Why a supervisor is needed</source>
        <translation>需要主管处理的原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="692"/>
        <source>Add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="704"/>
        <source>Escalated to the supervisors&apos; queue.</source>
        <translation>已升级到主管队列。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="759"/>
        <source>Over your limit: it waits in the approval queue for a supervisor.</source>
        <translation>超出您的权限：已进入审批队列，等待主管审批。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="761"/>
        <source>Within your limit: you can carry it out now.</source>
        <translation>在您的权限内：现在即可执行。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="736"/>
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="742"/>
        <source>Carried out.</source>
        <translation>已执行。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="744"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="744"/>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="744"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="774"/>
        <source>The callback is in the owner&apos;s task list and rings the console when due.</source>
        <translation>回访已加入负责人的任务列表，到期时控制台会响铃。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="780"/>
        <source>Choose a callback first.</source>
        <translation>请先选择一个回访。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="782"/>
        <source>Callback made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="782"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="795"/>
        <source>Save the letter as PDF</source>
        <translation>将信函保存为 PDF</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="795"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/case_window.py" line="813"/>
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
    <name>CodesTab</name>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="319"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="319"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="319"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="324"/>
        <source>Paid time</source>
        <translation>计薪时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="325"/>
        <source>Agents may choose it</source>
        <translation>坐席可选择</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="327"/>
        <source>Under:</source>
        <translation>上级：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="348"/>
        <source>in use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="348"/>
        <source>retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="356"/>
        <source>(top level)</source>
        <translation>（顶级）</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="77"/>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="148"/>
        <source>New complaint — %1</source>
        <translation>新投诉 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="165"/>
        <source>Draft restored: nothing you typed was lost.</source>
        <translation>已恢复草稿：您输入的内容没有丢失。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="218"/>
        <source>Not linked to a call</source>
        <translation>不关联通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="331"/>
        <source>outbound</source>
        <translation>呼出</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="331"/>
        <source>inbound</source>
        <translation>呼入</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="220"/>
        <source>No order</source>
        <translation>不关联订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="190"/>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="225"/>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="342"/>
        <source>Choose…</source>
        <translation>请选择…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="238"/>
        <source>One line a colleague understands at a glance</source>
        <translation>一句话概括，让同事一眼看懂</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="241"/>
        <source>What the customer said, in their own words</source>
        <translation>客户说了什么，用客户的原话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="243"/>
        <source>What the customer wants us to do</source>
        <translation>客户希望我们做什么</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="248"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="249"/>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="250"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="251"/>
        <source>Came in by</source>
        <translation>投诉渠道</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="252"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="253"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="255"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="256"/>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="257"/>
        <source>Outcome wanted</source>
        <translation>客户诉求</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="276"/>
        <source>&amp;Save complaint  [Ctrl+Enter]</source>
        <translation>保存投诉(&amp;S)  [Ctrl+Enter]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="283"/>
        <source>&amp;Discard draft</source>
        <translation>放弃草稿(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="286"/>
        <source>Close (keep draft)</source>
        <translation>关闭（保留草稿）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="300"/>
        <source>Handling an upset caller</source>
        <translation>如何安抚情绪激动的客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="353"/>
        <source>Acknowledge within %1 business hours, resolve within %2.</source>
        <translation>须在 %1 个工作小时内受理，%2 个工作小时内解决。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="402"/>
        <source>Could not save the draft: %1</source>
        <translation>无法保存草稿：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="399"/>
        <source>Draft saved %1</source>
        <translation>草稿已保存 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="415"/>
        <source>Discard the draft?</source>
        <translation>放弃这份草稿？</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="416"/>
        <source>Throw away everything typed for this complaint? This cannot be undone.</source>
        <translation>丢弃为这条投诉输入的全部内容？此操作无法撤销。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="439"/>
        <source>Draft discarded.</source>
        <translation>草稿已放弃。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="476"/>
        <source>Your role cannot capture complaints.</source>
        <translation>您的角色不能登记投诉。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/capture_dialog.py" line="483"/>
        <source>The complaint could not be saved: %1. Your text is kept as a draft.</source>
        <translation>投诉无法保存：%1。您输入的内容已保存为草稿。</translation>
    </message>
</context>
<context>
    <name>ComplaintNames</name>
    <message>
        <location filename="../../callcenter/gui/names.py" line="138"/>
        <source>Received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="139"/>
        <location filename="../../callcenter/gui/names.py" line="212"/>
        <source>Acknowledged</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="140"/>
        <location filename="../../callcenter/gui/names.py" line="213"/>
        <source>Assessed</source>
        <translation>已评估</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="141"/>
        <source>Investigating</source>
        <translation>调查中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="142"/>
        <location filename="../../callcenter/gui/names.py" line="215"/>
        <source>Resolution proposed</source>
        <translation>已提出方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="143"/>
        <location filename="../../callcenter/gui/names.py" line="216"/>
        <source>Customer accepted</source>
        <translation>客户已接受</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="144"/>
        <location filename="../../callcenter/gui/names.py" line="217"/>
        <source>Customer rejected</source>
        <translation>客户已拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="145"/>
        <location filename="../../callcenter/gui/names.py" line="218"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="146"/>
        <location filename="../../callcenter/gui/names.py" line="219"/>
        <source>Follow-up done</source>
        <translation>回访完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="152"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="153"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="154"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="155"/>
        <source>Critical</source>
        <translation>紧急</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="161"/>
        <source>On track</source>
        <translation>正常</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="162"/>
        <source>At risk</source>
        <translation>有风险</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="163"/>
        <source>Breached</source>
        <translation>已超期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="174"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="175"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="176"/>
        <source>Chat</source>
        <translation>在线聊天</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="177"/>
        <location filename="../../callcenter/gui/names.py" line="329"/>
        <source>Letter</source>
        <translation>信函</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="178"/>
        <source>In person</source>
        <translation>当面</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="179"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="185"/>
        <source>Apology</source>
        <translation>道歉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="186"/>
        <source>Callback</source>
        <translation>回访电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="187"/>
        <source>Refund</source>
        <translation>退款</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="188"/>
        <source>Account credit</source>
        <translation>账户抵扣</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="189"/>
        <source>Replacement</source>
        <translation>换货</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="190"/>
        <source>Voucher</source>
        <translation>代金券</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="191"/>
        <source>Goodwill gift</source>
        <translation>慰问礼品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="197"/>
        <source>Proposed</source>
        <translation>已提议</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="198"/>
        <source>Waiting for approval</source>
        <translation>等待审批</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="199"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="200"/>
        <source>Refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="201"/>
        <source>Carried out</source>
        <translation>已执行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="202"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="203"/>
        <source>Scheduled</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="204"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="211"/>
        <source>Complaint received</source>
        <translation>收到投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="214"/>
        <source>Investigation started</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="220"/>
        <source>Reopened</source>
        <translation>已重新打开</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="221"/>
        <source>Escalated</source>
        <translation>已升级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="222"/>
        <source>Assigned</source>
        <translation>已分派</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="223"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="224"/>
        <location filename="../../callcenter/gui/names.py" line="322"/>
        <source>Correction</source>
        <translation>更正</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="225"/>
        <source>Satisfaction survey</source>
        <translation>满意度调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="226"/>
        <source>Recovery proposed</source>
        <translation>提出补救</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="227"/>
        <source>Recovery approved</source>
        <translation>补救已批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="228"/>
        <source>Recovery refused</source>
        <translation>补救被拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="229"/>
        <source>Recovery carried out</source>
        <translation>补救已执行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="230"/>
        <source>Recovery cancelled</source>
        <translation>补救已取消</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="231"/>
        <source>Callback scheduled</source>
        <translation>已安排回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="232"/>
        <source>Callback made</source>
        <translation>已回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="233"/>
        <source>Callback cancelled</source>
        <translation>回访已取消</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="240"/>
        <source>Choose the customer the complaint is about.</source>
        <translation>请选择投诉所涉及的客户。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="241"/>
        <source>This customer is not in the store any more.</source>
        <translation>该客户已不在数据库中。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="242"/>
        <source>Choose how the complaint came in.</source>
        <translation>请选择投诉渠道。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="243"/>
        <source>Choose a category.</source>
        <translation>请选择类别。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="244"/>
        <source>Choose the detailed category, not only the group.</source>
        <translation>请选择具体类别，而不只是大类。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="245"/>
        <source>This category is no longer in use for new complaints: choose another one.</source>
        <translation>此类别已不再用于新投诉，请选择其他类别。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="248"/>
        <source>Choose a severity.</source>
        <translation>请选择严重程度。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="249"/>
        <source>Write a one-line summary.</source>
        <translation>请写一句话摘要。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="250"/>
        <source>The summary is too long (256 characters at most).</source>
        <translation>摘要太长（最多 256 个字符）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="251"/>
        <source>Write down what the customer said, in their words.</source>
        <translation>请用客户的原话记录客户所说的内容。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="252"/>
        <source>The customer&apos;s words are too long (8,000 characters at most).</source>
        <translation>客户原话太长（最多 8,000 个字符）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="263"/>
        <source>The disk is full: %1 was not saved. Nothing was written.</source>
        <translation>磁盘已满：%1 未保存，没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="264"/>
        <source>You are not allowed to write there: %1 was not saved.</source>
        <translation>您没有在该位置写入的权限：%1 未保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="265"/>
        <source>That folder does not exist: %1 was not saved.</source>
        <translation>该文件夹不存在：%1 未保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="266"/>
        <source>The file came out empty: %1 was not saved.</source>
        <translation>生成的文件为空：%1 未保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="267"/>
        <source>%1 could not be saved. Nothing was written.</source>
        <translation>%1 未能保存。没有写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="274"/>
        <source>log complaints</source>
        <translation>登记投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="275"/>
        <source>acknowledge the complaint</source>
        <translation>确认受理投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="276"/>
        <source>assess the complaint</source>
        <translation>评估投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="277"/>
        <source>start investigating</source>
        <translation>开始调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="278"/>
        <source>propose a resolution</source>
        <translation>提出解决方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="279"/>
        <source>record the customer&apos;s acceptance</source>
        <translation>记录客户接受</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="280"/>
        <source>record the customer&apos;s rejection</source>
        <translation>记录客户拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="281"/>
        <source>close the complaint</source>
        <translation>结案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="282"/>
        <source>finish the follow-up</source>
        <translation>完成回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="283"/>
        <source>reopen the complaint</source>
        <translation>重新打开投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="284"/>
        <source>escalate the complaint</source>
        <translation>升级投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="285"/>
        <source>assign or hand over the case</source>
        <translation>分派或移交案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="286"/>
        <source>hand over several cases at once</source>
        <translation>一次移交多个案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="287"/>
        <source>take the case</source>
        <translation>接手案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="288"/>
        <source>take a case a colleague owns</source>
        <translation>接手同事负责的案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="289"/>
        <source>add a note</source>
        <translation>添加备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="290"/>
        <source>correct the record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="291"/>
        <source>record the satisfaction survey</source>
        <translation>记录满意度调查</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="292"/>
        <source>offer a recovery action</source>
        <translation>提出补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="293"/>
        <source>approve or refuse recovery actions</source>
        <translation>批准或拒绝补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="294"/>
        <source>decide on their own proposal</source>
        <translation>审批自己提出的方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="295"/>
        <source>approve the recovery action</source>
        <translation>批准补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="296"/>
        <source>refuse the recovery action</source>
        <translation>拒绝补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="297"/>
        <source>carry out the recovery action</source>
        <translation>执行补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="298"/>
        <source>withdraw the recovery action</source>
        <translation>撤回补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="299"/>
        <source>offer or decide recovery actions</source>
        <translation>提出或审批补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="300"/>
        <source>schedule a callback</source>
        <translation>安排回电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="301"/>
        <source>finish the callback</source>
        <translation>完成回电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="302"/>
        <source>write letters</source>
        <translation>生成信函</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="303"/>
        <source>open the complaints board</source>
        <translation>打开投诉看板</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="319"/>
        <source>Comment</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="320"/>
        <source>Resolution</source>
        <translation>解决方案</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="321"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="323"/>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="324"/>
        <source>Satisfaction (CSAT)</source>
        <translation>满意度（CSAT）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="325"/>
        <source>Would buy again</source>
        <translation>是否会再次购买</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="326"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="327"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="328"/>
        <source>Due time</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="330"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="331"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="332"/>
        <source>Came in by</source>
        <translation>来源渠道</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="333"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="334"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="335"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="336"/>
        <source>Customer&apos;s words</source>
        <translation>客户原话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="337"/>
        <source>complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="338"/>
        <source>recovery action</source>
        <translation>补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="339"/>
        <source>callback</source>
        <translation>回电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="340"/>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="341"/>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="350"/>
        <source>cannot be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="351"/>
        <source>must be a whole number from 1 to 5</source>
        <translation>必须是 1 到 5 的整数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="352"/>
        <source>must be yes or no</source>
        <translation>必须选择是或否</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="353"/>
        <source>there is no such event on this case</source>
        <translation>本案件没有这条记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="354"/>
        <source>the case is already assigned there</source>
        <translation>案件已分派给该负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="355"/>
        <source>must be above zero</source>
        <translation>必须大于零</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="356"/>
        <source>this kind of action carries no money</source>
        <translation>此类措施不涉及金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="357"/>
        <source>must be in the case&apos;s currency</source>
        <translation>必须使用本案件的币种</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="358"/>
        <source>cannot be in the past</source>
        <translation>不能早于现在</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="359"/>
        <source>there is no such letter</source>
        <translation>没有这种信函</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="360"/>
        <source>choose CSV or XLSX</source>
        <translation>请选择 CSV 或 XLSX</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="361"/>
        <source>Say why the case is closed although the customer rejected the resolution.</source>
        <translation>客户拒绝了解决方案，请说明结案原因。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="364"/>
        <source>Only open cases can be escalated.</source>
        <translation>只有未结案件才能升级。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="365"/>
        <source>The survey comes after closing.</source>
        <translation>满意度调查须在结案后进行。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="366"/>
        <source>A survey is already recorded for this closing.</source>
        <translation>本次结案已记录过满意度调查。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="367"/>
        <source>It is waiting for a supervisor&apos;s approval.</source>
        <translation>该措施正在等待主管审批。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="368"/>
        <source>Only actions waiting for approval can be decided.</source>
        <translation>只有待审批的措施才能审批。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="369"/>
        <source>It is already finished.</source>
        <translation>该事项已经完成。</translation>
    </message>
</context>
<context>
    <name>ComplaintRulesTab</name>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="41"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="42"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="43"/>
        <source>Manager (administrators)</source>
        <translation>经理（管理员）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="49"/>
        <source>Case total</source>
        <translation>案件合计</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="74"/>
        <source>Only an administrator may change these.</source>
        <translation>只有管理员可以修改这些设置。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="80"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="117"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="131"/>
        <source> business hours</source>
        <translation> 工作小时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="147"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="148"/>
        <source>First response</source>
        <translation>首次响应</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="149"/>
        <source>Resolution</source>
        <translation>解决</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="150"/>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="217"/>
        <source>Set by</source>
        <translation>设置来源</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="152"/>
        <source>Counted in business hours (Monday to Friday, 9:00 to 17:00). New complaints get the new deadlines; open cases keep their due times until they are re-assessed or reopened.</source>
        <translation>按工作时间计算（周一至周五 9:00–17:00）。新投诉使用新的时限；已在处理中的案件保留原到期时间，直到重新评估或重新打开。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="161"/>
        <source>Severity:</source>
        <translation>严重程度：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="162"/>
        <source>First response within:</source>
        <translation>首次响应时限：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="163"/>
        <source>Resolution within:</source>
        <translation>解决时限：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="169"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="177"/>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="274"/>
        <source>site</source>
        <translation>本站点</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="179"/>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="276"/>
        <source>default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="214"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="215"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="216"/>
        <source>Without escalation up to</source>
        <translation>无需升级的上限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="219"/>
        <source>The most each role may propose or approve without a higher approval, for cases in the chosen currency. Administrators approve as managers. Apologies and callbacks need no money and no limit.</source>
        <translation>各角色在无需更高一级审批的情况下，对所选币种的投诉可提议或批准的最高金额。管理员按经理审批。道歉和回电不涉及金额，也没有限额。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="230"/>
        <source>Limits are set per currency: cases are judged by the limits in their own.</source>
        <translation>限额按币种分别设置：每个投诉按其自身币种的限额审核。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="236"/>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="246"/>
        <source>Limit:</source>
        <translation>限额：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/complaint_rules_tabs.py" line="247"/>
        <source>Amount:</source>
        <translation>金额：</translation>
    </message>
</context>
<context>
    <name>ComplaintsBoardWindow</name>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="79"/>
        <source>Complaints board</source>
        <translation>投诉看板</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="87"/>
        <source>Open cases</source>
        <translation>未结案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="88"/>
        <source>Approval queue</source>
        <translation>审批队列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="93"/>
        <source>Figures</source>
        <translation>统计</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="121"/>
        <source>Find a case, customer or summary…</source>
        <translation>查找案件、客户或摘要…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="124"/>
        <source>All open states</source>
        <translation>所有未结状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="129"/>
        <source>Any deadline</source>
        <translation>任意期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="133"/>
        <source>Any owner</source>
        <translation>任意负责人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="134"/>
        <source>Nobody</source>
        <translation>无人负责</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="136"/>
        <source>Any category</source>
        <translation>任意类别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="162"/>
        <source>Open case</source>
        <translation>打开案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="164"/>
        <source>Assign selected to…</source>
        <translation>将所选分派给…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="192"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="193"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="194"/>
        <source>Action</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="195"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="196"/>
        <source>Proposed by</source>
        <translation>提议人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="197"/>
        <source>Waiting since</source>
        <translation>等待自</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="198"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="203"/>
        <source>Approve</source>
        <translation>批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="205"/>
        <source>Refuse…</source>
        <translation>拒绝…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="233"/>
        <source>Over your approval limit, or your own proposal</source>
        <translation>超出您的审批权限，或是您自己的提议</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="237"/>
        <source>%1 waiting for approval, %2 within your limits.</source>
        <translation>%1 项等待审批，其中 %2 项在您的权限内。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="241"/>
        <source>Approval queue (%1)</source>
        <translation>审批队列（%1）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="246"/>
        <source>Choose an action first.</source>
        <translation>请先选择一项措施。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="251"/>
        <source>Refuse</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="251"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="258"/>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="425"/>
        <source>Not done: %1</source>
        <translation>未完成：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="257"/>
        <source>Approved.</source>
        <translation>已批准。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="257"/>
        <source>Refused.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="292"/>
        <source>Could not load the cases: %1</source>
        <translation>无法加载案件：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="348"/>
        <source>&lt;b&gt;%1&lt;/b&gt; open cases · &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%2&lt;/b&gt; breached&lt;/span&gt; · &lt;span style=&apos;color:#ef6c00&apos;&gt;&lt;b&gt;%3&lt;/b&gt; at risk&lt;/span&gt; · %4 on track · &lt;b&gt;%5&lt;/b&gt; waiting for a supervisor · showing %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 个未结案件 · &lt;span style=&apos;color:#c62828&apos;&gt;&lt;b&gt;%2&lt;/b&gt; 个已超期&lt;/span&gt; · &lt;span style=&apos;color:#ef6c00&apos;&gt;&lt;b&gt;%3&lt;/b&gt; 个有超期风险&lt;/span&gt; · %4 个正常 · &lt;b&gt;%5&lt;/b&gt; 个等待主管处理 · 显示 %6 个</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="375"/>
        <source>%1 cases passed a deadline and were escalated.</source>
        <translation>%1 个案件已超期并已升级。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="390"/>
        <source>Select one or more cases first.</source>
        <translation>请先选择一个或多个案件。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="415"/>
        <source>%1 cases handed over.</source>
        <translation>已移交 %1 个案件。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/complaints_board_window.py" line="417"/>
        <source>%1 could not move: %2</source>
        <translation>%1 个无法移交：%2</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="46"/>
        <source>Sync conflicts</source>
        <translation>同步冲突</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="48"/>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="95"/>
        <source>Record</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="48"/>
        <source>Which</source>
        <translation>哪一条</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="48"/>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="56"/>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="95"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="56"/>
        <source>Current version (kept)</source>
        <translation>当前版本（已保留）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="56"/>
        <source>Overwritten version</source>
        <translation>被覆盖的版本</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="60"/>
        <source>&amp;Keep the current version</source>
        <translation>保留当前版本(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="61"/>
        <source>&amp;Use the overwritten version</source>
        <translation>改用被覆盖的版本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="76"/>
        <source>Two consoles changed the same record while apart. The later change was kept; pick which version should stay.</source>
        <translation>两台工作台在离线期间修改了同一条记录。系统保留了较晚的修改；请选择要保留的版本。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="88"/>
        <source>Records kept aside: the sync server sent them with values this console cannot use. The rest synced; a corrected version from any console replaces them.</source>
        <translation>已搁置的记录：同步服务器发来的这些记录含有本控制台无法使用的值。其余已同步；任一控制台发来的更正版本会替换它们。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="95"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="95"/>
        <source>Last seen</source>
        <translation>最近一次收到</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="136"/>
        <source>not a date and time</source>
        <translation>不是日期时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="137"/>
        <source>wrong kind of value</source>
        <translation>值的类型不对</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="138"/>
        <source>a value is missing</source>
        <translation>缺少必填值</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="139"/>
        <source>too long</source>
        <translation>过长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="140"/>
        <source>out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="141"/>
        <source>not a valid change stamp</source>
        <translation>不是有效的变更时间戳</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="142"/>
        <source>the record does not match its change</source>
        <translation>记录与其变更不一致</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="143"/>
        <source>a value this console cannot store</source>
        <translation>本控制台无法保存的值</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="144"/>
        <source>clashes with a record on this console</source>
        <translation>与本控制台上的记录冲突</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="178"/>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="184"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="102"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="185"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="103"/>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="186"/>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="230"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="104"/>
        <source>Email address</source>
        <translation>邮箱地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="187"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="105"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="188"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="106"/>
        <source>Customer note</source>
        <translation>客户备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="189"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="107"/>
        <source>Call record</source>
        <translation>通话记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="190"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="108"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="191"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="109"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="192"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="110"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="208"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="209"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="210"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="211"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="212"/>
        <source>Account number</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="213"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="214"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="215"/>
        <source>Value score</source>
        <translation>价值分</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="216"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="217"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="218"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="219"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="220"/>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="221"/>
        <source>Marketing consent</source>
        <translation>营销同意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="222"/>
        <source>Recording consent</source>
        <translation>录音同意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="223"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="224"/>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="225"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="226"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="227"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="228"/>
        <source>Number as given</source>
        <translation>原始号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="229"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="231"/>
        <source>Primary</source>
        <translation>首选</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="232"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="239"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="239"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="285"/>
        <source>this conflict was already resolved</source>
        <translation>此冲突已被处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="287"/>
        <source>the %1 record is not on this console</source>
        <translation>本工作台上没有该%1记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="292"/>
        <source>Could not resolve: %1</source>
        <translation>无法处理：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/conflicts_dialog.py" line="278"/>
        <source>Resolved. The choice reaches the other consoles with the next sync.</source>
        <translation>已处理。下次同步时，其他工作台也会采用这一选择。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="111"/>
        <source>Recovery action</source>
        <translation>补救措施</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="112"/>
        <source>Sync conflict</source>
        <translation>同步冲突</translation>
    </message>
</context>
<context>
    <name>ConsoleComplaints</name>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="59"/>
        <source>Co&amp;mplaints</source>
        <translation>投诉(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="61"/>
        <source>&amp;Log a complaint for this customer…</source>
        <translation>为此客户登记投诉(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="63"/>
        <source>&amp;My cases and callbacks…</source>
        <translation>我的案件和回访(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="65"/>
        <source>Complaints &amp;board…</source>
        <translation>投诉看板(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="100"/>
        <source>Open the customer&apos;s record first (screen pop or search), then log the complaint.</source>
        <translation>请先打开客户档案（弹屏或搜索），再登记投诉。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="137"/>
        <source>You have an unfinished complaint draft for this customer.</source>
        <translation>您有一份此客户的投诉草稿尚未完成。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="153"/>
        <source>Complaint %1 logged. Tell the customer the case number.</source>
        <translation>投诉 %1 已登记。请告知客户案件编号。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="214"/>
        <source>My complaint cases</source>
        <translation>我的投诉案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="219"/>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="256"/>
        <source>My callbacks (%1)</source>
        <translation>我的回访（%1）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="265"/>
        <source>Callbacks: %1 due, %2 later today</source>
        <translation>回访：%1 个到期，今天稍后 %2 个</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="287"/>
        <source>%1 of your complaint cases passed a deadline and went to the supervisors.</source>
        <translation>您有 %1 个投诉案件已超期，已转交主管。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="291"/>
        <source>Complaint deadline passed</source>
        <translation>投诉已超期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/console_complaints.py" line="297"/>
        <source>The callback was not placed. It rings again in %1 minutes.</source>
        <translation>回访未拨出，将在 %1 分钟后再次提醒。</translation>
    </message>
</context>
<context>
    <name>ConsoleController</name>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="273"/>
        <source>Not possible now (%2): you cannot %1.</source>
        <translation>现在无法操作（%2）：不能%1。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="280"/>
        <source>log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="281"/>
        <source>become available</source>
        <translation>置为就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="282"/>
        <source>go not ready</source>
        <translation>置为未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="283"/>
        <source>log out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="284"/>
        <source>take a call</source>
        <translation>接入来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="285"/>
        <source>start an outbound call</source>
        <translation>发起外呼</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="286"/>
        <source>answer</source>
        <translation>接听</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="287"/>
        <source>miss a call</source>
        <translation>记为未接</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="288"/>
        <source>hold</source>
        <translation>保持通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="289"/>
        <source>resume</source>
        <translation>恢复通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="290"/>
        <source>end the call</source>
        <translation>结束通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="291"/>
        <source>hang up</source>
        <translation>挂断</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="292"/>
        <source>drop the line</source>
        <translation>断开线路</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="293"/>
        <source>transfer</source>
        <translation>转接</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="294"/>
        <source>consult</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="295"/>
        <source>complete a transfer</source>
        <translation>完成转接</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="296"/>
        <source>cancel a consultation</source>
        <translation>取消咨询</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="297"/>
        <source>extend wrap-up</source>
        <translation>延长话后处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="298"/>
        <source>finish wrap-up</source>
        <translation>完成话后处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="306"/>
        <source>Could not save the call record (it will be retried with the next change): %1</source>
        <translation>无法保存通话记录（下次变更时将重试）：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="362"/>
        <source>Callback due</source>
        <translation>回访到期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="362"/>
        <source>Call back %1</source>
        <translation>回拨 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="364"/>
        <source>Incoming call</source>
        <translation>来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="364"/>
        <source>Call from %1</source>
        <translation>来自 %1 的来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="370"/>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="701"/>
        <source>Lookup failed: %1</source>
        <translation>查询失败：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="400"/>
        <source>This call is saved on the record you opened.</source>
        <translation>本通电话已记录到您打开的客户档案中。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="455"/>
        <source>The line dropped: the call ended without a hang-up. Wrap it up as usual.</source>
        <translation>线路中断：通话未经挂机即已结束。请照常完成话后处理。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="587"/>
        <source>Transferring to %1…</source>
        <translation>正在转接至 %1…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="631"/>
        <source>The call did not connect: %1</source>
        <translation>通话未接通：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="639"/>
        <source>The transfer did not go through: %1 The caller is still on the line.</source>
        <translation>转接未成功：%1 来电者仍在线上。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="647"/>
        <source>The consultation ended before the transfer: the caller is on hold.</source>
        <translation>咨询在转接前结束：来电者处于保持状态。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_controller.py" line="672"/>
        <source>Not possible now (%1): finish this call first.</source>
        <translation>现在无法操作（%1）：请先结束本通话。</translation>
    </message>
</context>
<context>
    <name>ConsoleRetention</name>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="143"/>
        <source>&amp;Retention</source>
        <translation>挽留(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="144"/>
        <source>My &amp;retention calls…</source>
        <translation>我的挽留回访(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="167"/>
        <source>Retention calls: %1 due</source>
        <translation>挽留回访：%1 个到期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="194"/>
        <source>Call %1 from the record (the console cannot place the call now).</source>
        <translation>请从客户记录拨打 %1（控制台现在无法发起呼叫）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="195"/>
        <source>no number</source>
        <translation>无号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="202"/>
        <source>Retention call to %1: answer to place the call.</source>
        <translation>致 %1 的挽留回访：接听即可发起呼叫。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="212"/>
        <source>Retention call to %1 marked done.</source>
        <translation>致 %1 的挽留回访已标记为完成。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="214"/>
        <source>No answer: the retention call to %1 comes back in 4 hours.</source>
        <translation>无人接听：致 %1 的挽留回访将在 4 小时后再次提醒。</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="92"/>
        <source>Agent console — %1</source>
        <translation>坐席工作台 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="123"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="126"/>
        <source>DEMO DATA</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="162"/>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="163"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="164"/>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="165"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="221"/>
        <source>&amp;Agent</source>
        <translation>坐席(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="222"/>
        <source>&amp;Available</source>
        <translation>就绪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="225"/>
        <source>&amp;Not ready</source>
        <translation>未就绪(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="230"/>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="232"/>
        <source>Log &amp;out…</source>
        <translation>登出(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="233"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="234"/>
        <source>&amp;Search…</source>
        <translation>搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="235"/>
        <source>&amp;New customer…</source>
        <translation>新建客户(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="236"/>
        <source>Take an &amp;order…</source>
        <translation>下单(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="237"/>
        <source>Credit &amp;limit…</source>
        <translation>信用额度(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="238"/>
        <source>&amp;Call this customer</source>
        <translation>致电此客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="239"/>
        <source>Send &amp;digits (dial pad)…</source>
        <translation>发送按键（拨号盘）(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="241"/>
        <source>&amp;Live</source>
        <translation>实时(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="242"/>
        <source>Open the &amp;queue board</source>
        <translation>打开队列看板(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="243"/>
        <source>LIVE SIMULATION %1×</source>
        <translation>实时模拟 %1×</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="246"/>
        <source>&amp;Demo</source>
        <translation>演示(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="248"/>
        <source>&amp;Ring me (random caller)</source>
        <translation>给我来电（随机来电者）(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="249"/>
        <source>Ring me &amp;from a number…</source>
        <translation>用指定号码来电(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="250"/>
        <source>Caller &amp;hangs up</source>
        <translation>来电者挂断(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="251"/>
        <source>&amp;Line fails</source>
        <translation>线路故障(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="252"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="253"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="275"/>
        <source>Withheld number</source>
        <translation>隐藏号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="277"/>
        <source>Unknown caller</source>
        <translation>未知来电者</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="281"/>
        <source>Ringing: %1</source>
        <translation>振铃：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="281"/>
        <source>Outbound callback: %1 — answer to place the call</source>
        <translation>外呼回访：%1 — 接听即拨出</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="284"/>
        <source>Wrap-up: %1</source>
        <translation>话后处理：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="285"/>
        <source>Outbound call: %1</source>
        <translation>外呼：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="349"/>
        <source>Log out?</source>
        <translation>退出登录？</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="351"/>
        <source>Log out of the console? You stop receiving calls, and the sign-in comes back so that you or a colleague can sign in.</source>
        <translation>退出坐席控制台？退出后将不再接到来电，并回到登录窗口，您或同事可以重新登录。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="424"/>
        <source>Open a customer&apos;s record first.</source>
        <translation>请先打开客户记录。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="458"/>
        <source>Ring me</source>
        <translation>给我来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="458"/>
        <source>Caller&apos;s number as the network sends it:</source>
        <translation>网络送来的来电号码：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="465"/>
        <source>Become Available first: calls ring only when you are available.</source>
        <translation>请先切换为就绪：只有就绪时才会来电。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="498"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="500"/>
        <source>F2 Answer · F3 Hold/Resume · F4 Mute/Unmute · F5 End call · F6 Transfer · F7 Complete transfer · F8 Cancel transfer
F11 Extend wrap-up · F12 Finish wrap-up
F9 Available · F10 Not ready · Ctrl+F Search · Ctrl+N New customer
Ctrl+K Log a complaint · Ctrl+Shift+K My cases and callbacks
Demo: Ctrl+R Ring me · Ctrl+Shift+R Ring me from a number · Ctrl+H Caller hangs up · Ctrl+L Line fails</source>
        <translation>F2 接听 · F3 保持/恢复 · F4 静音/取消静音 · F5 挂断 · F6 转接 · F7 完成转接 · F8 取消转接
F11 延长话后处理 · F12 完成话后处理
F9 就绪 · F10 未就绪 · Ctrl+F 搜索 · Ctrl+N 新建客户
Ctrl+K 登记投诉 · Ctrl+Shift+K 我的案件和回访
演示：Ctrl+R 给我来电 · Ctrl+Shift+R 指定号码来电 · Ctrl+H 客户挂断 · Ctrl+L 线路故障</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="515"/>
        <source>A call is in progress</source>
        <translation>通话进行中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/console_window.py" line="516"/>
        <source>Close the console and drop the call? The call record is kept.</source>
        <translation>关闭工作台并中断通话？通话记录会保留。</translation>
    </message>
</context>
<context>
    <name>CreditLimitDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="46"/>
        <source>New limit</source>
        <translation>新额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="47"/>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="86"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="54"/>
        <source>type an amount, e.g. 1500 or 1,500.00</source>
        <translation>请输入金额，例如 1500 或 1,500.00</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="55"/>
        <source>cannot be below zero</source>
        <translation>不能小于零</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="56"/>
        <source>that is the limit already</source>
        <translation>与当前额度相同</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="57"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="72"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="80"/>
        <source>Proposed</source>
        <translation>提出时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="81"/>
        <source>From</source>
        <translation>原额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="82"/>
        <source>To</source>
        <translation>新额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="83"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="84"/>
        <source>Proposed by</source>
        <translation>提出人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="85"/>
        <source>Decided by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="91"/>
        <source>A&amp;pprove</source>
        <translation>批准(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="92"/>
        <source>Re&amp;fuse</source>
        <translation>拒绝(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="103"/>
        <source>&amp;New limit</source>
        <translation>新额度(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="104"/>
        <source>&amp;Reason</source>
        <translation>原因(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="110"/>
        <source>Pr&amp;opose</source>
        <translation>提交申请(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="112"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="148"/>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="149"/>
        <source>waiting for approval</source>
        <translation>待审批</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="150"/>
        <source>refused</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="156"/>
        <source>%1 — credit limit %2, balance %3</source>
        <translation>%1——信用额度 %2，余额 %3</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="213"/>
        <source>The credit limit is now %1.</source>
        <translation>信用额度现为 %1。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="215"/>
        <source>%1 is above your limits: sent for approval.</source>
        <translation>%1 超出您的权限：已提交审批。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="227"/>
        <source>Approved: the credit limit is now %1.</source>
        <translation>已批准：信用额度现为 %1。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="227"/>
        <source>Refused.</source>
        <translation>已拒绝。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="249"/>
        <source>%1 is over every approver&apos;s limit.</source>
        <translation>%1 超出所有审批人的权限。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="250"/>
        <source>Above your approval limit of %1.</source>
        <translation>超出您的审批权限 %1。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="253"/>
        <source>You cannot approve your own proposal; another approver must.</source>
        <translation>不能批准自己提出的申请，须由其他审批人批准。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/credit_limit_dialog.py" line="254"/>
        <source>Your role may not change credit limits.</source>
        <translation>您的角色不能修改信用额度。</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="87"/>
        <source>Edit customer</source>
        <translation>编辑客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="87"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="92"/>
        <source>Person</source>
        <translation>个人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="93"/>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="124"/>
        <location filename="../../callcenter/gui/agent/words.py" line="21"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="98"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="99"/>
        <source>Chinese (Simplified)</source>
        <translation>简体中文</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="101"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="102"/>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="222"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="103"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="104"/>
        <source>fax</source>
        <translation>传真</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="113"/>
        <source>&amp;Add another phone</source>
        <translation>添加电话(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="117"/>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="118"/>
        <source>Agrees to marketing</source>
        <translation>同意接收营销</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="121"/>
        <location filename="../../callcenter/gui/agent/words.py" line="18"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="122"/>
        <location filename="../../callcenter/gui/agent/words.py" line="19"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="123"/>
        <location filename="../../callcenter/gui/agent/words.py" line="20"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="125"/>
        <location filename="../../callcenter/gui/agent/words.py" line="22"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="126"/>
        <location filename="../../callcenter/gui/agent/words.py" line="23"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="127"/>
        <location filename="../../callcenter/gui/agent/words.py" line="24"/>
        <source>Phone type</source>
        <translation>电话类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="131"/>
        <source>More phones</source>
        <translation>其他电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="132"/>
        <location filename="../../callcenter/gui/agent/words.py" line="25"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="161"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="187"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="203"/>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="204"/>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="205"/>
        <source>United States</source>
        <translation>美国</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="206"/>
        <source>Hong Kong, China</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="207"/>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="208"/>
        <source>United Kingdom</source>
        <translation>英国</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="209"/>
        <source>Canada</source>
        <translation>加拿大</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="210"/>
        <source>Australia</source>
        <translation>澳大利亚</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="211"/>
        <source>Germany</source>
        <translation>德国</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="212"/>
        <source>France</source>
        <translation>法国</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="213"/>
        <source>Japan</source>
        <translation>日本</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="217"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="223"/>
        <source>billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="224"/>
        <source>delivery</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="225"/>
        <source>office</source>
        <translation>办公</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="236"/>
        <source>Phone numbers are read in the customer&apos;s country first.</source>
        <translation>电话号码先按客户所在国家/地区识别。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="240"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="241"/>
        <location filename="../../callcenter/gui/agent/words.py" line="26"/>
        <source>Street</source>
        <translation>街道门牌</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="242"/>
        <source>Line 2</source>
        <translation>地址第二行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="243"/>
        <location filename="../../callcenter/gui/agent/words.py" line="27"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="244"/>
        <source>Province / state</source>
        <translation>省 / 州</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="245"/>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="246"/>
        <location filename="../../callcenter/gui/agent/words.py" line="28"/>
        <source>Country</source>
        <translation>国家/地区</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="263"/>
        <source>Save as a &amp;new customer</source>
        <translation>仍然新建客户(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="376"/>
        <source>%1 already has this phone number. If the caller is this customer, open that record instead of making a second one.</source>
        <translation>%1 已在使用这个电话号码。如果来电者就是这位客户，请打开该记录，不要重复新建。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="381"/>
        <source>These customers already have this phone number: %1. If the caller is one of them, open that record instead of making a second one.</source>
        <translation>以下客户已在使用这个电话号码：%1。如果来电者是其中之一，请打开该记录，不要重复新建。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="390"/>
        <source>&amp;Open %1</source>
        <translation>打开 %1(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/customer_dialog.py" line="439"/>
        <source>Could not save. %1 Your entries are kept; try again.</source>
        <translation>无法保存。%1 您输入的内容已保留，请重试。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="32"/>
        <source>This field is required.</source>
        <translation>此项必填。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="33"/>
        <source>Enter a family name or a given name.</source>
        <translation>请输入姓或名。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="36"/>
        <source>This is not an email address (example: name@example.com).</source>
        <translation>这不是电子邮件地址（例如 name@example.com）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="38"/>
        <source>Choose a language.</source>
        <translation>请选择语言。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="39"/>
        <source>This phone number is too short.</source>
        <translation>电话号码太短。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="40"/>
        <source>This phone number is too long.</source>
        <translation>电话号码太长。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="43"/>
        <source>This phone number has the wrong number of digits.</source>
        <translation>电话号码位数不对。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="45"/>
        <source>A phone number needs digits.</source>
        <translation>电话号码需要数字。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="48"/>
        <source>The country code of this phone number is unknown.</source>
        <translation>此电话号码的国家代码未知。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="52"/>
        <source>This is not a phone number in use. Check the digits.</source>
        <translation>这不是在用的电话号码，请检查数字。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="54"/>
        <source>This phone number is not valid.</source>
        <translation>此电话号码无效。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="55"/>
        <source>Choose a country from the list.</source>
        <translation>请从列表中选择国家/地区。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="58"/>
        <source>Choose the country of this address.</source>
        <translation>请选择这个地址所在的国家/地区。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="62"/>
        <source>Enter the street and house number.</source>
        <translation>请输入街道和门牌号。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/words.py" line="64"/>
        <source>Enter the city.</source>
        <translation>请输入城市。</translation>
    </message>
</context>
<context>
    <name>CustomersMenu</name>
    <message>
        <location filename="../../callcenter/gui/console_assembly.py" line="120"/>
        <source>&amp;Insight</source>
        <translation>洞察(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/console_assembly.py" line="121"/>
        <source>&amp;Customers…</source>
        <translation>客户(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>CustomersWindow</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="116"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="152"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="478"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="121"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="122"/>
        <source>&amp;Recompute</source>
        <translation>重新计算(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="123"/>
        <source>Refit the value models and recompute every customer&apos;s figures</source>
        <translation>重新拟合价值模型并重新计算所有客户的数据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="125"/>
        <source>Re&amp;fit models</source>
        <translation>重新拟合模型(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="126"/>
        <source>Retrain the churn model, refit the value models and recompute</source>
        <translation>重新训练流失模型、重新拟合价值模型并重新计算</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="128"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="147"/>
        <source>F %1</source>
        <translation>F %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="148"/>
        <source>R %1</source>
        <translation>R %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="150"/>
        <source>Customers and 12-month value (USD) by recency (R) and frequency (F) score</source>
        <translation>按最近购买（R）与购买频率（F）评分的客户数与近 12 个月价值（美元）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="152"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="478"/>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="152"/>
        <source>12-month value (USD)</source>
        <translation>近 12 个月价值（美元）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="154"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="477"/>
        <source>RFM segments</source>
        <translation>RFM 客户分群</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="162"/>
        <source>Pareto (ABC)</source>
        <translation>帕累托（ABC）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="167"/>
        <source>Risk at least</source>
        <translation>风险不低于</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="173"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="194"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="484"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="175"/>
        <source>All tiers</source>
        <translation>全部等级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="181"/>
        <source>&amp;Open record</source>
        <translation>打开档案(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="185"/>
        <source>&amp;Assign retention call…</source>
        <translation>安排挽留回访(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="186"/>
        <source>Ask an agent to call this customer tomorrow</source>
        <translation>安排一位坐席明天致电该客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="192"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="208"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="484"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="500"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="193"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="209"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="484"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="501"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="195"/>
        <source>Value</source>
        <translation>价值</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="196"/>
        <source>Lifetime value</source>
        <translation>客户终身价值</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="197"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="204"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="483"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="484"/>
        <source>Churn risk</source>
        <translation>流失风险</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="198"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="215"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="484"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="199"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="210"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="502"/>
        <source>Rating</source>
        <translation>评级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="211"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="503"/>
        <source>Points</source>
        <translation>分数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="212"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="504"/>
        <source>Overdue invoices</source>
        <translation>逾期发票</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="213"/>
        <source>Worst days overdue</source>
        <translation>最长逾期天数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="214"/>
        <source>Balance / limit</source>
        <translation>余额 / 额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="218"/>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="498"/>
        <source>Credit watch</source>
        <translation>信用关注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="220"/>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="220"/>
        <source>Average CSAT</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="220"/>
        <source>Surveys</source>
        <translation>调查数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="221"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="225"/>
        <source>CSAT and NPS trends</source>
        <translation>CSAT 与 NPS 趋势</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="260"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="264"/>
        <source>%1, fitted %2</source>
        <translation>%1，拟合于 %2</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="266"/>
        <source>(AUC %1 on the held-out period)</source>
        <translation>（留出期 AUC %1）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="268"/>
        <source>Models in use — churn: %1 · value (BG/NBD, Gamma-Gamma): fitted %2</source>
        <translation>当前模型 — 流失：%1 · 价值（BG/NBD、Gamma-Gamma）：拟合于 %2</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="278"/>
        <source>Refitting the models and recomputing every customer&apos;s figures…</source>
        <translation>正在重新拟合模型并重新计算所有客户的指标…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="305"/>
        <source>Recomputing every customer&apos;s figures…</source>
        <translation>正在重新计算所有客户的数据…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="330"/>
        <source>No figures yet: press Recompute.</source>
        <translation>尚无数据：请点击“重新计算”。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="333"/>
        <source>%1 customers · computed %2 · churn: %3</source>
        <translation>%1 位客户 · 计算于 %2 · 流失评分：%3</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="427"/>
        <source>Choose a customer in the list first.</source>
        <translation>请先在列表中选择一位客户。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="433"/>
        <source>Retention call</source>
        <translation>挽留回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="433"/>
        <source>Agent who calls:</source>
        <translation>负责致电的坐席：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="454"/>
        <source>Retention call assigned.</source>
        <translation>已安排挽留回访。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="478"/>
        <source>12-month value (USD cents)</source>
        <translation>近 12 个月价值（美分）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="515"/>
        <source>Export customer figures</source>
        <translation>导出客户数据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="515"/>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="528"/>
        <source>Exported %1 file(s)</source>
        <translation>已导出 %1 个文件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="533"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
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
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="99"/>
        <source>Could not read the sessions: %1</source>
        <translation>无法读取练习记录：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="110"/>
        <source>All trainees</source>
        <translation>全部学员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="133"/>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="133"/>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="144"/>
        <source>%1 sessions · %2 passed · mean score %3</source>
        <translation>%1 次练习 · %2 次通过 · 平均分 %3</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="165"/>
        <source>practice</source>
        <translation>练习</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="165"/>
        <source>easy mode</source>
        <translation>简易模式</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="165"/>
        <source>live simulator</source>
        <translation>实时模拟</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="171"/>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="172"/>
        <source>ended by the agent early</source>
        <translation>坐席提前结束</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="173"/>
        <source>the caller hung up</source>
        <translation>来电者挂断</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="174"/>
        <source>the line dropped</source>
        <translation>线路中断</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="184"/>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dashboard_window.py" line="189"/>
        <source>session</source>
        <translation>练习次序</translation>
    </message>
</context>
<context>
    <name>Debrief</name>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="20"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="21"/>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="22"/>
        <source>Trainer note</source>
        <translation>培训师备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="23"/>
        <source>The call rings</source>
        <translation>来电振铃</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="24"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="25"/>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="26"/>
        <source>Time to answer</source>
        <translation>接听用时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="27"/>
        <source>Talk time</source>
        <translation>通话时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="28"/>
        <source>Hold time</source>
        <translation>保持时长</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="29"/>
        <source>Dead air</source>
        <translation>冷场时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="30"/>
        <source>Longest silence</source>
        <translation>最长沉默</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="31"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="32"/>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="33"/>
        <source>pass mark</source>
        <translation>及格线</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="34"/>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="35"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="36"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="37"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="38"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="39"/>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="40"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="41"/>
        <source>By skill</source>
        <translation>按技能</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="42"/>
        <source>Timeline and transcript</source>
        <translation>时间线和对话记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="43"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="44"/>
        <source>Trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="57"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="58"/>
        <source>late</source>
        <translation>偏晚</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="59"/>
        <source>out of order</source>
        <translation>顺序不对</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="60"/>
        <source>late and out of order</source>
        <translation>偏晚且顺序不对</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="61"/>
        <source>missed</source>
        <translation>遗漏</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="62"/>
        <source>spoiled</source>
        <translation>已失分</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="68"/>
        <source>The call was never answered.</source>
        <translation>来电一直未被接听。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="69"/>
        <source>Answered later than the scenario&apos;s limit.</source>
        <translation>接听晚于场景规定的时限。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="70"/>
        <source>The call ran longer than the scenario&apos;s limit.</source>
        <translation>通话时长超过了场景规定的时限。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="71"/>
        <source>The caller hung up.</source>
        <translation>来电者挂断了。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="72"/>
        <source>The line dropped (trainer&apos;s event).</source>
        <translation>线路中断（培训师设置的事件）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="73"/>
        <source>The conversation did not reach an ending.</source>
        <translation>对话没有进行到结尾。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="79"/>
        <source>The caller gets angrier</source>
        <translation>来电者更生气了</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="80"/>
        <source>The line drops</source>
        <translation>线路中断</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/report_html.py" line="81"/>
        <source>The caller hung up</source>
        <translation>来电者挂断</translation>
    </message>
</context>
<context>
    <name>DebriefWindow</name>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="77"/>
        <source>Debrief — %1</source>
        <translation>复盘 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="82"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="84"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="102"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="104"/>
        <source>the folder cannot be written</source>
        <translation>文件夹不可写</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="105"/>
        <source>the file could not be written</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="110"/>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="119"/>
        <source>Export the debrief</source>
        <translation>导出复盘报告</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="110"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="120"/>
        <source>The PDF could not be written: %1</source>
        <translation>无法写入 PDF：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/debrief_window.py" line="123"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>DialPadDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/dial_pad_dialog.py" line="22"/>
        <source>Dial pad</source>
        <translation>拨号键盘</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/dial_pad_dialog.py" line="72"/>
        <source>The keys work while a call is connected.</source>
        <translation>通话接通时按键才可用。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/dial_pad_dialog.py" line="74"/>
        <source>Click a key or type it: each digit is sent as it is pressed.</source>
        <translation>点击按键或直接键入：每个数字在按下时即发送。</translation>
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
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="100"/>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="155"/>
        <source>Type what you say to the customer, then Enter</source>
        <translation>输入您要对客户说的话，然后按回车</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="102"/>
        <source>&amp;Say</source>
        <translation>说(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="128"/>
        <source>Hint: %1</source>
        <translation>提示：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/dialogue_panel.py" line="153"/>
        <source>Paused by the trainer</source>
        <translation>培训师已暂停</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="192"/>
        <source>Dry run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="193"/>
        <source>Nothing has been written yet. This is what the import would do.</source>
        <translation>尚未写入任何数据。以下是导入将要进行的操作。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="200"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="200"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="200"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="200"/>
        <source>Clashes with</source>
        <translation>冲突对象</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="213"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="230"/>
        <source>%1 rows: %2 would be created, %3 updated, %4 unchanged, %5 refused.</source>
        <translation>共 %1 行：将新建 %2 行，更新 %3 行，%4 行不变，拒绝 %5 行。</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="129"/>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="132"/>
        <source>Last 90 days</source>
        <translation>最近90天</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="132"/>
        <source>Last 12 months</source>
        <translation>最近12个月</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="132"/>
        <source>All time</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="140"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="141"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="152"/>
        <source>Median time to acknowledge
(business hours)</source>
        <translation>确认用时中位数
（工作小时）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="153"/>
        <source>Median time to resolve
(business hours)</source>
        <translation>解决用时中位数
（工作小时）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="154"/>
        <source>Breach rate</source>
        <translation>超时率</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="155"/>
        <source>Reopen rate</source>
        <translation>重开率</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="173"/>
        <source>Complaints by category</source>
        <translation>各类别投诉量</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="175"/>
        <source>Root causes (Pareto)</source>
        <translation>根本原因（帕累托）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="183"/>
        <source>Recovery effect: customers whose complaint was resolved against customers who never complained</source>
        <translation>补救效果：投诉已解决的客户与从未投诉的客户对比</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="190"/>
        <source>Customers</source>
        <translation>客户组</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="191"/>
        <source>Mean satisfaction (1-5)</source>
        <translation>平均满意度（1-5）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="192"/>
        <source>Bought again within 90 days</source>
        <translation>90天内再次购买</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="193"/>
        <source>Customers counted</source>
        <translation>计入客户数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="213"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="225"/>
        <source>The figures could not be loaded: %1</source>
        <translation>无法加载统计数据：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="231"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n 件投诉</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="232"/>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="279"/>
        <source>Cases</source>
        <translation>投诉数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="284"/>
        <source>Cumulative %</source>
        <translation>累计百分比</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="309"/>
        <source>Complaint resolved</source>
        <translation>投诉已解决</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="309"/>
        <source>Never complained</source>
        <translation>从未投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="315"/>
        <source>%1 (%2 answers)</source>
        <translation>%1（%2 份回复）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="326"/>
        <source>Export the figures as CSV</source>
        <translation>将统计导出为 CSV</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="326"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="331"/>
        <source>Export the figures as XLSX</source>
        <translation>将统计导出为 XLSX</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="333"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="363"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/complaints/figures_panel.py" line="358"/>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="66"/>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="67"/>
        <source>A CSV or XLSX file with a header row.</source>
        <translation>带表头行的 CSV 或 XLSX 文件。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="69"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="70"/>
        <source>Order lines</source>
        <translation>订单明细</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="71"/>
        <source>Payments</source>
        <translation>付款</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="74"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="81"/>
        <source>Country of phone numbers written without a country code</source>
        <translation>未写国家代码的电话号码所属的国家</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="83"/>
        <source>What to import:</source>
        <translation>导入内容：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="84"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="85"/>
        <source>Phone numbers&apos; country:</source>
        <translation>电话号码所属国家：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="90"/>
        <source>Import file</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="90"/>
        <source>Tables (*.csv *.xlsx);;All files (*)</source>
        <translation>表格 (*.csv *.xlsx);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="59"/>
        <source>Set up this console</source>
        <translation>设置此控制台</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="77"/>
        <source>Welcome. This console has no user accounts yet.</source>
        <translation>欢迎。此控制台还没有用户账户。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="81"/>
        <location filename="../../callcenter/gui/admin/first_run.py" line="104"/>
        <source>Create a new site</source>
        <translation>创建新站点</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="82"/>
        <location filename="../../callcenter/gui/admin/first_run.py" line="160"/>
        <source>Join an existing site</source>
        <translation>加入已有站点</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="86"/>
        <source>The first console of a new contact center: you become its administrator.</source>
        <translation>新呼叫中心的第一台控制台：您将成为它的管理员。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="88"/>
        <source>Your site has a sync server: sign in to it and get its users and settings.</source>
        <translation>您的站点已有同步服务器：登录后获取其用户和设置。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="124"/>
        <source>Site name:</source>
        <translation>站点名称：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="125"/>
        <source>Country (phone numbers):</source>
        <translation>国家/地区（电话号码）：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="126"/>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="127"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="128"/>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="130"/>
        <source>Administrator&apos;s user name:</source>
        <translation>管理员用户名：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="131"/>
        <source>Administrator&apos;s name:</source>
        <translation>管理员姓名：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="132"/>
        <location filename="../../callcenter/gui/admin/first_run.py" line="173"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="133"/>
        <source>Repeat the password:</source>
        <translation>再次输入密码：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="141"/>
        <source>Queues, skills, not-ready reasons, call outcomes and complaint categories are set up in English and Chinese; change them later under Administration.</source>
        <translation>队列、技能、未就绪原因、通话结果和投诉类别将以中英文建立；之后可在“管理”中修改。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="149"/>
        <location filename="../../callcenter/gui/admin/first_run.py" line="183"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="150"/>
        <source>Create the site</source>
        <translation>创建站点</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="170"/>
        <source>e.g. Desk 12</source>
        <translation>例如 12 号工位</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="171"/>
        <source>Server address:</source>
        <translation>服务器地址：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="172"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="174"/>
        <source>Name of this console:</source>
        <translation>此控制台的名称：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="184"/>
        <source>Join the site</source>
        <translation>加入站点</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="212"/>
        <source>Working…</source>
        <translation>正在处理…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="286"/>
        <source>Loading the site&apos;s data: %1 of %2 records</source>
        <translation>正在载入站点数据：%2 条记录中的 %1 条</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="299"/>
        <source>The server has no site yet. Its administrator joins first and creates the site.</source>
        <translation>服务器上还没有站点。请由其管理员先加入并创建站点。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/first_run.py" line="306"/>
        <source>The server has no site yet. Create it as %1:</source>
        <translation>服务器上还没有站点。以 %1 的身份创建：</translation>
    </message>
</context>
<context>
    <name>HolidaysTab</name>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="144"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="144"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="144"/>
        <source>Calendar</source>
        <translation>日历</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="151"/>
        <source>Calendar:</source>
        <translation>日历：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="152"/>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="153"/>
        <source>Name (English):</source>
        <translation>名称（英文）：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="154"/>
        <source>Name (Chinese):</source>
        <translation>名称（中文）：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="155"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="352"/>
        <source>Import customers, orders or payments</source>
        <translation>导入客户、订单或付款</translation>
    </message>
</context>
<context>
    <name>ImportWords</name>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="10"/>
        <source>Account number</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="11"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="12"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="13"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="14"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="15"/>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="16"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="17"/>
        <source>Phone type</source>
        <translation>电话类型</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="18"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="19"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="20"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="21"/>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="22"/>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="23"/>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="24"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="25"/>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="26"/>
        <source>Marketing consent</source>
        <translation>同意营销</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="27"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="28"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="29"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="30"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="31"/>
        <source>Product code</source>
        <translation>商品编号</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="32"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="33"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="34"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="35"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="36"/>
        <source>Payment reference</source>
        <translation>付款参考号</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="37"/>
        <source>Payment date</source>
        <translation>付款日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="38"/>
        <source>Payment method</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="39"/>
        <source>Invoice number</source>
        <translation>发票号</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="46"/>
        <source>The account number is missing.</source>
        <translation>缺少客户编号。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="47"/>
        <source>A required value is missing.</source>
        <translation>缺少必填的值。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="48"/>
        <source>The value is too long.</source>
        <translation>值太长。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="49"/>
        <source>The name is missing.</source>
        <translation>缺少姓名。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="50"/>
        <source>The kind is neither person nor company.</source>
        <translation>类型既不是个人也不是公司。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="51"/>
        <source>Not an e-mail address.</source>
        <translation>不是电子邮件地址。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="52"/>
        <source>The same account number as an earlier row.</source>
        <translation>与前面某行的客户编号相同。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="53"/>
        <source>The same phone number as another customer.</source>
        <translation>与另一位客户的电话号码相同。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="54"/>
        <source>The same e-mail address as another customer.</source>
        <translation>与另一位客户的电子邮件地址相同。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="55"/>
        <source>The same order and product as an earlier row.</source>
        <translation>与前面某行的订单和商品相同。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="56"/>
        <source>The language is neither English nor Chinese.</source>
        <translation>语言既不是英语也不是中文。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="57"/>
        <source>The tier is not platinum, gold, silver or bronze.</source>
        <translation>等级不是白金、金、银或铜。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="58"/>
        <source>Not a three-letter currency code.</source>
        <translation>不是三个字母的币种代码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="59"/>
        <source>Not an amount of money.</source>
        <translation>不是金额。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="60"/>
        <source>Neither yes nor no.</source>
        <translation>既不是“是”也不是“否”。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="61"/>
        <source>Not a date.</source>
        <translation>不是日期。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="62"/>
        <source>The quantity is not a whole number of at least 1.</source>
        <translation>数量不是大于等于 1 的整数。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="65"/>
        <source>An order status this product does not know.</source>
        <translation>本产品不认识的订单状态。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="66"/>
        <source>No customer has this account number.</source>
        <translation>没有客户使用此客户编号。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="67"/>
        <source>The order belongs to another account.</source>
        <translation>该订单属于另一个客户编号。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="68"/>
        <source>The same payment reference as an earlier row.</source>
        <translation>付款参考号与前面某一行相同。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="71"/>
        <source>The amount is not more than zero.</source>
        <translation>金额不大于零。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="72"/>
        <source>The payment method is not cash, card, account or transfer.</source>
        <translation>付款方式不是现金、银行卡、账户或转账。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="75"/>
        <source>No invoice has this number.</source>
        <translation>没有此编号的发票。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="76"/>
        <source>The invoice belongs to another account.</source>
        <translation>该发票属于另一个账户。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="77"/>
        <source>The currency differs from the invoice&apos;s.</source>
        <translation>币种与发票的币种不同。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="80"/>
        <source>The phone number has no digits.</source>
        <translation>电话号码中没有数字。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="81"/>
        <source>The phone number&apos;s country code is unknown.</source>
        <translation>电话号码的国家代码未知。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="84"/>
        <source>Not a phone number.</source>
        <translation>不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="85"/>
        <source>The phone number is too short after the international prefix.</source>
        <translation>国际冠码之后的电话号码太短。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="88"/>
        <source>The phone number is too short.</source>
        <translation>电话号码太短。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="89"/>
        <source>The phone number is too long.</source>
        <translation>电话号码太长。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="90"/>
        <source>The phone number has a length no number of its country has.</source>
        <translation>该国家没有这种长度的电话号码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="93"/>
        <source>The phone number lacks an area code (dialable only locally).</source>
        <translation>电话号码缺少区号（只能在本地拨打）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="96"/>
        <source>The phone number has the right length but is not a number in use.</source>
        <translation>电话号码长度正确，但不是在用的号码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="107"/>
        <source>row %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="109"/>
        <source>account %1</source>
        <translation>客户编号 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="115"/>
        <source>The file has no column %1.</source>
        <translation>文件中没有 %1 列。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="116"/>
        <source>There is no field %1.</source>
        <translation>没有 %1 字段。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="117"/>
        <source>Two columns are mapped to %1.</source>
        <translation>有两列对应到了 %1。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="118"/>
        <source>No column is mapped to %1.</source>
        <translation>没有列对应到 %1。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="125"/>
        <source>The file does not exist.</source>
        <translation>文件不存在。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="126"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="127"/>
        <source>The file has no header row.</source>
        <translation>文件没有表头行。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="128"/>
        <source>The file is not an XLSX workbook.</source>
        <translation>文件不是 XLSX 工作簿。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_words.py" line="129"/>
        <location filename="../../callcenter/gui/admin/import_words.py" line="131"/>
        <source>The file cannot be read as a table.</source>
        <translation>无法将文件读取为表格。</translation>
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
    <name>LogWindow</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="41"/>
        <source>Application log</source>
        <translation>应用程序日志</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="49"/>
        <source>Debug and above</source>
        <translation>调试及以上</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="50"/>
        <source>Info and above</source>
        <translation>信息及以上</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="51"/>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="52"/>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="58"/>
        <source>Last hour</source>
        <translation>最近一小时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="59"/>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="60"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="61"/>
        <source>All</source>
        <translation>全部</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="65"/>
        <source>Search the text</source>
        <translation>搜索内容</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="66"/>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="67"/>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="113"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="67"/>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="113"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="113"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="113"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/log_window.py" line="120"/>
        <source>%1 entries</source>
        <translation>共 %1 条</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="35"/>
        <location filename="../../ui/login_dialog.ui" line="6"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="55"/>
        <source>%1 … %2 (agents)</source>
        <translation>%1 … %2（坐席）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="62"/>
        <source>Demo database. Accounts (user / password): %1</source>
        <translation>演示数据库。账户（用户名 / 密码）：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="64"/>
        <source>Choose an account below to fill it in.</source>
        <translation>在下方选择一个账号即可自动填入。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="66"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="66"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="66"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="93"/>
        <source>agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="94"/>
        <source>supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="95"/>
        <source>trainer</source>
        <translation>培训师</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="96"/>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="102"/>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="129"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="105"/>
        <source>Checking…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="125"/>
        <location filename="../../callcenter/gui/agent/words.py" line="67"/>
        <source>That user name and password do not match. Try again.</source>
        <translation>用户名和密码不匹配，请重试。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/login_dialog.py" line="131"/>
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
    <name>MappingPage</name>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="105"/>
        <source>Map the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="106"/>
        <source>Choose the field each column goes to; columns set to “Skip” are not imported.</source>
        <translation>为每一列选择对应的字段；设为“跳过”的列不导入。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="111"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="111"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="111"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="121"/>
        <source>Preview of the first rows:</source>
        <translation>前几行预览：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="130"/>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="146"/>
        <source>%1 columns. Check the mapping below.</source>
        <translation>共 %1 列。请检查下面的对应关系。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="154"/>
        <source>Skip</source>
        <translation>跳过</translation>
    </message>
</context>
<context>
    <name>OrderEntryDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="64"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="65"/>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="66"/>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="210"/>
        <source>Payment</source>
        <translation>付款方式</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="67"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="68"/>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="169"/>
        <source>Item</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="75"/>
        <source>an item is no longer on sale</source>
        <translation>有商品已停售</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="76"/>
        <source>no longer on sale</source>
        <translation>已停售</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="77"/>
        <source>not sold in the customer&apos;s currency</source>
        <translation>不以该客户的币种销售</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="78"/>
        <source>no such option</source>
        <translation>没有这个选项</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="79"/>
        <source>between 1 and 99</source>
        <translation>须在 1 到 99 之间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="80"/>
        <source>too many lines in one order</source>
        <translation>一张订单的行数过多</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="81"/>
        <source>required</source>
        <translation>必填</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="82"/>
        <source>choose one</source>
        <translation>请选择</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="112"/>
        <source>Take an order</source>
        <translation>下单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="146"/>
        <source>&amp;Find an item</source>
        <translation>查找商品(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="148"/>
        <source>Type part of a name or a code, Enter adds it</source>
        <translation>输入名称或编号的一部分，按回车加入</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="156"/>
        <source>Suggestions (Ctrl+1, Ctrl+2, Ctrl+3)</source>
        <translation>推荐（Ctrl+1、Ctrl+2、Ctrl+3）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="162"/>
        <source>&amp;Repeat last order</source>
        <translation>再来一单(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="169"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="169"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="169"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="172"/>
        <source>&amp;Quantity</source>
        <translation>数量(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="176"/>
        <source>Remo&amp;ve line</source>
        <translation>删除此行(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="194"/>
        <source>Type the delivery address</source>
        <translation>输入送货地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="195"/>
        <source>&amp;Delivery address</source>
        <translation>送货地址(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="200"/>
        <source>Ca&amp;sh</source>
        <translation>现金(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="201"/>
        <source>&amp;Card</source>
        <translation>银行卡(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="202"/>
        <source>On &amp;account</source>
        <translation>记账(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="217"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="219"/>
        <source>&amp;Place order (Ctrl+Enter)</source>
        <translation>提交订单(&amp;P)（Ctrl+回车）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="276"/>
        <source>The basket is not empty: press Close to leave without ordering.</source>
        <translation>购物篮不是空的：若不下单离开，请按“关闭”。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="285"/>
        <source>Order for %1</source>
        <translation>%1的订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="338"/>
        <source>No credit line</source>
        <translation>无信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="341"/>
        <source>Credit left: %1 of %2</source>
        <translation>剩余信用额度：%1（共 %2）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="353"/>
        <source>usually buys</source>
        <translation>常买</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="358"/>
        <source>bought with %1 in %2 orders</source>
        <translation>%2 张订单与%1一起购买</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="390"/>
        <source>No item matches “%1”.</source>
        <translation>没有与“%1”匹配的商品。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="448"/>
        <source>No longer on sale, left out: %1</source>
        <translation>已停售，未加入：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="467"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="472"/>
        <source>Delivery in about %1 min (by %2)</source>
        <translation>约 %1 分钟送达（%2 前）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="552"/>
        <source>Order %1 placed: %2, %3; delivery in about %4 min.</source>
        <translation>订单 %1 已提交：%2，%3；约 %4 分钟送达。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="561"/>
        <source>cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="562"/>
        <source>card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="563"/>
        <source>on account</source>
        <translation>记账</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="570"/>
        <source>This customer has no credit line to pay on account — ask for cash or card.</source>
        <translation>该客户没有信用额度，不能记账——请改用现金或银行卡。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="572"/>
        <source>Card payment would exceed the credit limit by %1 — ask for cash.</source>
        <translation>银行卡付款将超出信用额度 %1——请改用现金。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/order_entry_dialog.py" line="574"/>
        <source>Payment on account would exceed the credit limit by %1 — ask for cash.</source>
        <translation>记账付款将超出信用额度 %1——请改用现金。</translation>
    </message>
</context>
<context>
    <name>OrderNames</name>
    <message>
        <location filename="../../callcenter/gui/names.py" line="111"/>
        <source>Processing</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="112"/>
        <source>Shipped</source>
        <translation>已发货</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="113"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="114"/>
        <source>Returned</source>
        <translation>已退货</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="115"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>ParetoChart</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/customers_window.py" line="93"/>
        <source>share of customers, most valuable first</source>
        <translation>客户占比（价值从高到低）</translation>
    </message>
</context>
<context>
    <name>PhoneLine</name>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="136"/>
        <source>Phone: registering…</source>
        <translation>电话：正在注册…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="138"/>
        <source>Phone: registered</source>
        <translation>电话：已注册</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="140"/>
        <source>Phone: off</source>
        <translation>电话：未启用</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="141"/>
        <source>Phone: not registered — %1</source>
        <translation>电话：未注册 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="147"/>
        <source>the switch refused the user name or password</source>
        <translation>交换机拒绝了用户名或密码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="149"/>
        <source>the switch does not know this phone account</source>
        <translation>交换机不认识此电话账号</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="151"/>
        <source>the registrar did not answer in time</source>
        <translation>注册服务器未及时应答</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="153"/>
        <source>the registrar cannot be reached (check its address and the network)</source>
        <translation>无法连接注册服务器（请检查其地址和网络）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="155"/>
        <source>the switch refused the registration (SIP %1)</source>
        <translation>交换机拒绝了注册（SIP %1）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="157"/>
        <source>the phone program (baresip) is not installed</source>
        <translation>未安装电话程序（baresip）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="159"/>
        <source>a phone setting is not valid (see Preferences → Phone)</source>
        <translation>某项电话设置无效（见 首选项 → 电话）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_line.py" line="160"/>
        <source>the phone stopped working</source>
        <translation>电话已停止工作</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="49"/>
        <source>TLS (encrypted)</source>
        <translation>TLS（加密）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="52"/>
        <source>Refuse it busy (486): the switch forwards or takes a message</source>
        <translation>以忙音拒绝（486）：由交换机转接或留言</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="54"/>
        <source>Do not answer: the switch&apos;s no-answer rule takes it</source>
        <translation>不应答：由交换机的无应答规则处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="70"/>
        <source>no system keyring: the password cannot be kept</source>
        <translation>没有系统密钥环：无法保存密码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="93"/>
        <source>This computer&apos;s phone program cannot offer it</source>
        <translation>本机的电话程序无法提供此项</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="161"/>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="184"/>
        <source>CA certificates</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="161"/>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation>证书 (*.pem *.crt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="178"/>
        <source>SIP user</source>
        <translation>SIP 用户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="179"/>
        <location filename="../../ui/phone_page.ui" line="62"/>
        <source>Authentication user</source>
        <translation>认证用户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="180"/>
        <location filename="../../ui/phone_page.ui" line="93"/>
        <source>Domain</source>
        <translation>域</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="181"/>
        <location filename="../../ui/phone_page.ui" line="107"/>
        <source>Registrar / proxy</source>
        <translation>注册服务器 / 代理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="182"/>
        <location filename="../../ui/phone_page.ui" line="154"/>
        <source>Local address</source>
        <translation>本地地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="183"/>
        <location filename="../../ui/phone_page.ui" line="121"/>
        <source>Transport</source>
        <translation>传输方式</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="185"/>
        <source>Codecs</source>
        <translation>编解码器</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="186"/>
        <location filename="../../ui/phone_page.ui" line="286"/>
        <source>Read the caller from</source>
        <translation>主叫号码取自</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="187"/>
        <location filename="../../ui/phone_page.ui" line="263"/>
        <source>A call while Not ready</source>
        <translation>未就绪时来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="191"/>
        <source>%1: please fill it in.</source>
        <translation>%1：请填写。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="192"/>
        <source>%1: use letters, digits and . - _ only (no spaces, no @).</source>
        <translation>%1：只能使用字母、数字和 . - _（不能有空格或 @）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="194"/>
        <source>%1: write a host name or IP address, optionally with :port (pbx.example.com:5060).</source>
        <translation>%1：请填写主机名或 IP 地址，可带 :端口（pbx.example.com:5060）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="196"/>
        <source>%1: choose UDP, TCP or TLS.</source>
        <translation>%1：请选择 UDP、TCP 或 TLS。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="197"/>
        <source>%1: the file does not exist.</source>
        <translation>%1：文件不存在。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="198"/>
        <source>%1: tick at least one.</source>
        <translation>%1：请至少勾选一项。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="199"/>
        <source>%1: one of them is not known.</source>
        <translation>%1：其中有一项无法识别。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="200"/>
        <source>%1: tick at least one header.</source>
        <translation>%1：请至少勾选一个信头。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="201"/>
        <source>%1: choose what the switch should hear.</source>
        <translation>%1：请选择交换机收到的答复。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="202"/>
        <source>%1 is not valid.</source>
        <translation>%1 无效。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="220"/>
        <source>No system keyring: the password was not kept.</source>
        <translation>没有系统密钥环：密码未保存。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="238"/>
        <source>Looking it up…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="252"/>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="253"/>
        <source>outside-line prefix removed</source>
        <translation>已去掉外线前缀</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="254"/>
        <source>international</source>
        <translation>国际格式</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="255"/>
        <source>national form with the country code</source>
        <translation>带国家代码的国内格式</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="263"/>
        <source>Withheld number</source>
        <translation>号码已隐藏</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="265"/>
        <source>Cleaned: %1</source>
        <translation>整理后：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="267"/>
        <source>Not a number the screen pop can read: %1</source>
        <translation>弹屏无法识别的号码：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="270"/>
        <source>Pops: %1</source>
        <translation>弹出：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="272"/>
        <source>A shared number: the agent chooses between %1</source>
        <translation>共用号码：由坐席在 %1 中选择</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/phone_page.py" line="274"/>
        <source>No customer has this number: the console offers to create one.</source>
        <translation>没有客户使用此号码：控制台会提示新建客户。</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="25"/>
        <source>Take calls on this phone account</source>
        <translation>用此电话账号接听来电</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="32"/>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="38"/>
        <source>SIP user (extension)</source>
        <translation>SIP 用户（分机）</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="45"/>
        <source>1001</source>
        <translation>1001</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="52"/>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="69"/>
        <source>when not the SIP user</source>
        <translation>与 SIP 用户不同时填写</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="76"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="86"/>
        <source>kept in the system keyring</source>
        <translation>保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="100"/>
        <source>pbx.example.com</source>
        <translation>pbx.example.com</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="114"/>
        <source>host[:port], when not the domain</source>
        <translation>主机[:端口]，与域不同时填写</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="131"/>
        <source>CA certificates (TLS)</source>
        <translation>CA 证书（TLS）</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="144"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="161"/>
        <source>ip:port (empty: any, 5060)</source>
        <translation>ip:端口（留空：任意，5060）</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="171"/>
        <source>Audio and calls</source>
        <translation>音频与通话</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="177"/>
        <source>Codecs, in order</source>
        <translation>编解码器（按顺序）</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="199"/>
        <location filename="../../ui/phone_page.ui" line="308"/>
        <source>Up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="206"/>
        <location filename="../../ui/phone_page.ui" line="315"/>
        <source>Down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="218"/>
        <source>Microphone</source>
        <translation>麦克风</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="225"/>
        <location filename="../../ui/phone_page.ui" line="239"/>
        <source>alsa,default</source>
        <translation>alsa,default</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="232"/>
        <source>Speaker</source>
        <translation>扬声器</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="246"/>
        <source>Drop a call after silence (s)</source>
        <translation>静音多久后挂断（秒）</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="280"/>
        <source>Caller id</source>
        <translation>主叫号码</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="327"/>
        <source>Outside-line prefix</source>
        <translation>外线前缀</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="334"/>
        <source>9</source>
        <translation>9</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="341"/>
        <source>Digits after it at least</source>
        <translation>其后至少位数</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="358"/>
        <source>International prefix</source>
        <translation>国际前缀</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="365"/>
        <source>00</source>
        <translation>00</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="372"/>
        <source>Country calling code</source>
        <translation>国家代码</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="379"/>
        <source>44</source>
        <translation>44</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="386"/>
        <source>National (trunk) prefix</source>
        <translation>国内（长途）前缀</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="393"/>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="403"/>
        <source>Test a number</source>
        <translation>测试号码</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="409"/>
        <source>Type a caller id as the switch sends it (sip:, tel:, 9-prefixed, 00 or + forms, national):</source>
        <translation>按交换机发送的格式输入主叫号码（sip:、tel:、带 9 前缀、00 或 + 格式、国内格式）：</translation>
    </message>
    <message>
        <location filename="../../ui/phone_page.ui" line="419"/>
        <source>sip:9-0044-20-7946-0000@pbx</source>
        <translation>sip:9-0044-20-7946-0000@pbx</translation>
    </message>
</context>
<context>
    <name>PoliciesTab</name>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="227"/>
        <source>Applies to</source>
        <translation>适用于</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="227"/>
        <source>Ring</source>
        <translation>振铃</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="227"/>
        <source>Missed before Not ready</source>
        <translation>未接几次后置为未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="227"/>
        <source>Wrap-up</source>
        <translation>话后处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="231"/>
        <source>Applies to:</source>
        <translation>适用于：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="234"/>
        <source>Ring time before a missed offer:</source>
        <translation>振铃多久算未接：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="234"/>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="236"/>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="237"/>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="238"/>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="275"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="235"/>
        <source>Missed offers in a row before Not ready:</source>
        <translation>连续未接几次后置为未就绪：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="236"/>
        <source>Pause after one missed offer:</source>
        <translation>未接一次后暂停：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="237"/>
        <source>Wrap-up time limit:</source>
        <translation>话后处理时限：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="238"/>
        <source>An extension adds:</source>
        <translation>每次延长：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="245"/>
        <source>Not ready for the pause, then Available</source>
        <translation>暂停期间未就绪，之后就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="246"/>
        <source>Available at once</source>
        <translation>立即就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="247"/>
        <source>Not ready until the agent changes it</source>
        <translation>保持未就绪，直到坐席自行更改</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="250"/>
        <source>Agents may extend wrap-up</source>
        <translation>允许坐席延长话后处理</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="259"/>
        <source>Not-ready reason used:</source>
        <translation>使用的未就绪原因：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="260"/>
        <source>After a missed offer:</source>
        <translation>未接来电之后：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="268"/>
        <location filename="../../callcenter/gui/admin/policy_tabs.py" line="291"/>
        <source>Site default</source>
        <translation>站点默认</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="37"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="41"/>
        <source>Two-letter country code for numbers without +country (US, CN, GB…)</source>
        <translation>无国家代码号码使用的两字母国家代码（US、CN、GB…）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="44"/>
        <source>Ring time before a missed call (s)</source>
        <translation>振铃多久算未接（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="45"/>
        <source>After-call work time (s)</source>
        <translation>话后处理时长（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="46"/>
        <source>Extend adds (s)</source>
        <translation>每次延长（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="47"/>
        <source>Missed calls in a row before staying Not ready</source>
        <translation>连续未接多少次后保持未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="48"/>
        <source>Not ready after one missed call (s)</source>
        <translation>一次未接后的未就绪时长（秒）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="56"/>
        <source>Available</source>
        <translation>就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="57"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="59"/>
        <source>Play the ring tone</source>
        <translation>播放铃声</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="61"/>
        <source>Default country for numbers</source>
        <translation>号码默认国家</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="62"/>
        <source>After wrap-up become</source>
        <translation>话后处理结束后切换为</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="77"/>
        <source>Calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="78"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/preferences_dialog.py" line="88"/>
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
    <message>
        <location filename="../../callcenter/gui/problems.py" line="91"/>
        <location filename="../../callcenter/gui/problems.py" line="126"/>
        <source>Please correct: %1</source>
        <translation>请更正：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="104"/>
        <source>Not allowed: %1 may not %2.</source>
        <translation>不允许：%1无权%2。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="110"/>
        <source>%1 is over the case limit of %2.</source>
        <translation>%1 超出了本案件的限额 %2。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="112"/>
        <source>%1 is over the approval limit of %2.</source>
        <translation>%1 超出了审批限额 %2。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="118"/>
        <source>Not possible now: cannot %1 while %2.</source>
        <translation>现在无法操作：处于“%2”状态时不能%1。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="128"/>
        <source>This %1 no longer exists (it may have been removed on another console).</source>
        <translation>此%1已不存在（可能已在其他控制台上删除）。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="136"/>
        <source>Something went wrong. The details are in the log; nothing you typed was lost.</source>
        <translation>出现了问题。详细信息已写入日志；您输入的内容没有丢失。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/problems.py" line="139"/>
        <source>The action could not be completed.</source>
        <translation>无法完成此操作。</translation>
    </message>
</context>
<context>
    <name>QueueNames</name>
    <message>
        <location filename="../../callcenter/gui/names.py" line="90"/>
        <source>General</source>
        <translation>综合</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="91"/>
        <source>Billing</source>
        <translation>账单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="92"/>
        <source>VIP line</source>
        <translation>贵宾专线</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="93"/>
        <source>Orders and delivery</source>
        <translation>订单与配送</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="94"/>
        <source>Complaints</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="95"/>
        <source>Mandarin service</source>
        <translation>普通话服务</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="103"/>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
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
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="80"/>
        <source>Hours</source>
        <translation>营业</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="87"/>
        <source>Open</source>
        <translation>营业中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/board_models.py" line="87"/>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
</context>
<context>
    <name>QueuesTab</name>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="205"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="205"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="205"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="205"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="205"/>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="213"/>
        <source>Priority (1 first):</source>
        <translation>优先级（1 最先）：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="214"/>
        <source>Service-level target:</source>
        <translation>服务水平目标：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="215"/>
        <source>… answered within:</source>
        <translation>… 在此时间内接听：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="215"/>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="216"/>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="218"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="216"/>
        <source>Alarm when a call waits:</source>
        <translation>来电等待超过此时间时告警：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="217"/>
        <source>Alarm when calls waiting reach:</source>
        <translation>等待来电数达到此值时告警：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="218"/>
        <source>Overflow after (0 never):</source>
        <translation>溢出等待时间（0 为不溢出）：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="225"/>
        <source>Overflow to:</source>
        <translation>溢出到：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="227"/>
        <source>Skill:</source>
        <translation>技能：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="229"/>
        <source>Business calendar:</source>
        <translation>营业日历：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="230"/>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="236"/>
        <source>(always open)</source>
        <translation>（全天开放）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="252"/>
        <source>(retired)</source>
        <translation>（已停用）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="267"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../../callcenter/gui/names.py" line="38"/>
        <source>Missed call</source>
        <translation>未接来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="39"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="40"/>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="41"/>
        <source>Logged in</source>
        <translation>刚登录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="42"/>
        <source>Not ready</source>
        <translation>未就绪</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="43"/>
        <source>Shift ended</source>
        <translation>下班</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="44"/>
        <source>Wrap-up timed out</source>
        <translation>话后处理超时</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="45"/>
        <source>After call</source>
        <translation>话后</translation>
    </message>
</context>
<context>
    <name>ReportsMenu</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_menu.py" line="22"/>
        <source>&amp;Reports</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_menu.py" line="48"/>
        <source>Agent and queue &amp;reports…</source>
        <translation>坐席与队列报表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_menu.py" line="49"/>
        <source>&amp;Audit log…</source>
        <translation>审计日志(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_menu.py" line="50"/>
        <source>Application &amp;log…</source>
        <translation>应用程序日志(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>ReportsWindow</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="44"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="52"/>
        <source>Agent activity</source>
        <translation>坐席活动</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="53"/>
        <source>Queue intervals</source>
        <translation>队列时段</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="54"/>
        <source>Dispositions</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="62"/>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="64"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="65"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="66"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="68"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="69"/>
        <source>From (UTC)</source>
        <translation>起始（UTC）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="70"/>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="71"/>
        <source>Interval</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="107"/>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="122"/>
        <source>%1 rows. Times in h:mm:ss; days and intervals in UTC.</source>
        <translation>共 %1 行。时长格式为 时:分:秒；日期与时段均为 UTC。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="124"/>
        <source>Nothing recorded in these days.</source>
        <translation>这几天没有记录。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="135"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="135"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="136"/>
        <source>Export report</source>
        <translation>导出报表</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/reports_window.py" line="142"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
</context>
<context>
    <name>ReportsWords</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="24"/>
        <source>view reports</source>
        <translation>查看报表</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="25"/>
        <source>view the audit log</source>
        <translation>查看审计日志</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="26"/>
        <source>view the application log</source>
        <translation>查看应用程序日志</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="29"/>
        <source>Interval</source>
        <translation>时段</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="30"/>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="31"/>
        <source>Keep audit records</source>
        <translation>审计记录保留期限</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="34"/>
        <source>choose 15, 30 or 60 minutes</source>
        <translation>请选择 15、30 或 60 分钟</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="35"/>
        <source>the last day is before the first</source>
        <translation>结束日期早于起始日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="36"/>
        <source>between 0 and 3650 days</source>
        <translation>须在 0 到 3650 天之间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/report_tables.py" line="72"/>
        <source>Could not write %1. Choose another folder or file name.</source>
        <translation>无法写入 %1。请换一个文件夹或文件名。</translation>
    </message>
</context>
<context>
    <name>RetentionCallsWindow</name>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="57"/>
        <source>My retention calls</source>
        <translation>我的挽留回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="63"/>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="64"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="65"/>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="66"/>
        <source>Risk</source>
        <translation>风险</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="67"/>
        <source>Assigned by</source>
        <translation>指派人</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="68"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="74"/>
        <source>&amp;Call now</source>
        <translation>立即拨打(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="75"/>
        <source>Done: &amp;kept</source>
        <translation>完成：已挽留(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="76"/>
        <source>Done: &amp;lost</source>
        <translation>完成：已流失(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="77"/>
        <source>&amp;No answer (try later)</source>
        <translation>无人接听，稍后再试(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="108"/>
        <source>%1 (due now)</source>
        <translation>%1（已到期）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="110"/>
        <source>no number</source>
        <translation>无号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="125"/>
        <source>%1 retention calls scheduled, %2 due now. Double-click one to open the customer.</source>
        <translation>已安排 %1 个挽留回访，%2 个已到期。双击打开客户记录。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="129"/>
        <source>No retention calls scheduled.</source>
        <translation>没有安排挽留回访。</translation>
    </message>
</context>
<context>
    <name>RetentionWords</name>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="33"/>
        <source>complete a retention call</source>
        <translation>完成挽留回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="34"/>
        <source>retention call</source>
        <translation>挽留回访</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/retention_calls.py" line="35"/>
        <source>done</source>
        <translation>已完成</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="265"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="271"/>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="294"/>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="313"/>
        <source>Stopping after the current batch…</source>
        <translation>当前批次完成后停止…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="328"/>
        <source>%1 created, %2 updated, %3 unchanged, %4 refused.</source>
        <translation>新建 %1 行，更新 %2 行，%3 行不变，拒绝 %4 行。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/import_wizard.py" line="336"/>
        <source>Import cancelled; what was imported is kept. Import the same file again to go on.</source>
        <translation>导入已取消；已导入的数据会保留。再次导入同一文件即可继续。</translation>
    </message>
</context>
<context>
    <name>SatisfactionPanel</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="83"/>
        <source>By</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="85"/>
        <source>Queue</source>
        <translation>队列</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="86"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="87"/>
        <source>Customer segment</source>
        <translation>客户细分</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="95"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="96"/>
        <source>CSAT answers</source>
        <translation>CSAT 回答数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="97"/>
        <source>Average CSAT</source>
        <translation>平均 CSAT</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="98"/>
        <source>Satisfied (4–5)</source>
        <translation>满意（4–5 分）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="99"/>
        <source>NPS answers</source>
        <translation>NPS 回答数</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="100"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="129"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="153"/>
        <source>%1 survey answers</source>
        <translation>%1 条调查回答</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="153"/>
        <source>No survey answers yet.</source>
        <translation>尚无调查回答。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="167"/>
        <source>Month by month: %1</source>
        <translation>逐月：%1</translation>
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
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="164"/>
        <source>&amp;Create customer</source>
        <translation>新建客户(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="166"/>
        <source>Searc&amp;h customers</source>
        <translation>搜索客户(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="210"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="214"/>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="620"/>
        <source>Log a &amp;complaint…</source>
        <translation>登记投诉(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="215"/>
        <source>Capture a complaint for this customer (Ctrl+K)</source>
        <translation>为此客户登记投诉（Ctrl+K）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="217"/>
        <source>Take an &amp;order…</source>
        <translation>下单(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="218"/>
        <source>Take an order for this customer (Ctrl+O)</source>
        <translation>为该客户下单（Ctrl+O）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="220"/>
        <source>Credit limit…</source>
        <translation>信用额度…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="221"/>
        <source>The credit limit, its changes and approvals (Ctrl+Shift+L)</source>
        <translation>信用额度及其变更与审批（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="253"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="254"/>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="255"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="256"/>
        <source>Credit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="257"/>
        <source>Spend, last 12 months</source>
        <translation>近 12 个月消费</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="258"/>
        <source>Usually buys</source>
        <translation>常购商品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="259"/>
        <source>Card</source>
        <translation>银行卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="260"/>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="277"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="277"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="277"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="277"/>
        <source>Deadline</source>
        <translation>期限状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="277"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="280"/>
        <source>Double-click a case to open it</source>
        <translation>双击案件即可打开</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="284"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="285"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="286"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="287"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="288"/>
        <source>Disposition</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="289"/>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="301"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="294"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="294"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="294"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="294"/>
        <source>Total</source>
        <translation>金额</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="294"/>
        <source>Items</source>
        <translation>商品</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="298"/>
        <source>Recent calls</source>
        <translation>最近通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="299"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="300"/>
        <source>Open complaints</source>
        <translation>未结投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="322"/>
        <source>No caller</source>
        <translation>无来电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="323"/>
        <source>The caller&apos;s record appears here when a call rings.</source>
        <translation>来电振铃时，这里会显示来电者的资料。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="327"/>
        <source>Looking up %1…</source>
        <translation>正在查询 %1…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="327"/>
        <source>caller</source>
        <translation>来电者</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="339"/>
        <source>%n customer(s) on %1</source>
        <translation>
            <numerusform>%1 上有 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="352"/>
        <source>New caller: %1</source>
        <translation>新来电者：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="353"/>
        <source>No customer has this number. Create one now, or search by name.</source>
        <translation>没有客户使用此号码。可立即新建客户，或按姓名搜索。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="355"/>
        <source>Number withheld</source>
        <translation>号码已隐藏</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="356"/>
        <source>The caller hid their number. Ask for their name or account number.</source>
        <translation>来电者隐藏了号码。请询问其姓名或账号。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="358"/>
        <source>Not a valid phone number: %1</source>
        <translation>无效的电话号码：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="420"/>
        <source>Platinum</source>
        <translation>白金</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="421"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="422"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="423"/>
        <source>Bronze</source>
        <translation>铜卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="428"/>
        <source>VIP</source>
        <translation>贵宾</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="429"/>
        <source>Credit limit reached</source>
        <translation>已达信用额度</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="430"/>
        <source>High churn risk</source>
        <translation>流失风险高</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="431"/>
        <source>Do not call</source>
        <translation>请勿致电</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="432"/>
        <source>Unresolved complaint</source>
        <translation>有未解决投诉</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="433"/>
        <source>Sensitive data masked</source>
        <translation>敏感信息已遮蔽</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="510"/>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="510"/>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="511"/>
        <source>value %1/100</source>
        <translation>价值 %1/100</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="515"/>
        <source>customer since %1</source>
        <translation>%1 起成为客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="520"/>
        <source>Retention call due %1 (%2)</source>
        <translation>挽留回访 %1 到期（%2）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="550"/>
        <source>%1 of %2 used</source>
        <translation>已用 %1 / 额度 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="556"/>
        <source>%1 (%n order(s) in all)</source>
        <translation>
            <numerusform>%1（共 %n 笔订单）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="612"/>
        <source>[private — hidden for your role]</source>
        <translation>[私密 — 您的角色不可见]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="578"/>
        <source>Open complaints (%1)</source>
        <translation>未结投诉（%1）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="183"/>
        <source>Several customers share this number. Ask the caller&apos;s name, then choose with the arrow keys and Enter (Ctrl+Shift+C comes back to this list):</source>
        <translation>多位客户共用这个号码。请询问来电者姓名，然后用方向键和回车选择（按 Ctrl+Shift+C 回到此列表）：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="360"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="364"/>
        <source>The call works normally: answer it, then find the customer by name or account number.</source>
        <translation>通话不受影响：请接听，然后按姓名或账号查找客户。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="410"/>
        <source>The network sent a number that is too short to be a phone number.</source>
        <translation>网络传来的号码太短，不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="411"/>
        <source>The network sent a number that is too long to be a phone number.</source>
        <translation>网络传来的号码太长，不是有效的电话号码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="412"/>
        <source>The network sent a number with the wrong number of digits.</source>
        <translation>网络传来的号码位数不对。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="413"/>
        <source>The network sent no digits for this caller.</source>
        <translation>网络没有传来这位来电者的任何号码数字。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="414"/>
        <source>The network sent a number whose country code is unknown.</source>
        <translation>网络传来的号码国家代码无法识别。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="415"/>
        <source>The network sent a number that is not in use.</source>
        <translation>网络传来的号码并未启用。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="416"/>
        <source>The network sent something that is not a phone number.</source>
        <translation>网络传来的内容不是电话号码。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="620"/>
        <source>Continue the complaint &amp;draft…</source>
        <translation>继续填写投诉草稿(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="634"/>
        <source>mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="635"/>
        <source>home</source>
        <translation>住宅</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="636"/>
        <source>work</source>
        <translation>工作</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/screen_pop_panel.py" line="637"/>
        <source>fax</source>
        <translation>传真</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="53"/>
        <source>Search name, phone, email, account… (Ctrl+F)</source>
        <translation>搜索姓名、电话、邮箱、账号…（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="59"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="59"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="59"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="59"/>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="148"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="152"/>
        <source>Platinum</source>
        <translation>白金</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="153"/>
        <source>Gold</source>
        <translation>金卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="154"/>
        <source>Silver</source>
        <translation>银卡</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="155"/>
        <source>Bronze</source>
        <translation>铜卡</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/search_panel.py" line="180"/>
        <source>First %n match(es); more below</source>
        <translation>
            <numerusform>前 %n 条结果；下面还有更多</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/search_panel.py" line="182"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="187"/>
        <source>Account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="199"/>
        <source>Show &amp;more results (%1 more at a time)</source>
        <translation>显示更多结果(&amp;M)（每次 %1 条）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/search_panel.py" line="178"/>
        <source>No matches</source>
        <translation>没有结果</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="116"/>
        <source>Could not prepare the training data: %1</source>
        <translation>无法准备培训数据：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="181"/>
        <source>The customer could not call the trainee&apos;s phone (%1): the lines are spoken here.</source>
        <translation>客户无法拨通学员的电话（%1）：台词改在本机播放。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="204"/>
        <source>TRAINING — role-play with made-up customers; nothing here touches real customers</source>
        <translation>培训 — 使用虚构客户的角色扮演；不会涉及任何真实客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="208"/>
        <source>TRAINING — %1</source>
        <translation>培训 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="248"/>
        <source>Not understood — try: %1</source>
        <translation>未能理解——试试：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="250"/>
        <source>Not understood — try saying it another way.</source>
        <translation>未能理解——请换一种说法。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="317"/>
        <source>No speech here: the customer&apos;s lines are shown as text only.</source>
        <translation>此处无法语音：客户的台词仅以文字显示。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="328"/>
        <source>No audio device: the customer&apos;s lines are shown as subtitles.</source>
        <translation>没有音频设备：客户的台词以字幕显示。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_controller.py" line="380"/>
        <source>The session could not be saved: %1</source>
        <translation>无法保存本次练习：%1</translation>
    </message>
</context>
<context>
    <name>SessionWindow</name>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="30"/>
        <source>Role-play — %1</source>
        <translation>角色扮演 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="60"/>
        <source>Preparing the training data…</source>
        <translation>正在准备培训数据…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="69"/>
        <source>calm</source>
        <translation>平静</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="70"/>
        <source>happy</source>
        <translation>满意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="71"/>
        <source>anxious</source>
        <translation>焦虑</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="72"/>
        <source>annoyed</source>
        <translation>不耐烦</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="73"/>
        <source>angry</source>
        <translation>生气</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="74"/>
        <source>furious</source>
        <translation>暴怒</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="84"/>
        <source>The call is ringing on the training console.</source>
        <translation>培训坐席台上有来电振铃。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="110"/>
        <source>Training session</source>
        <translation>培训练习</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="137"/>
        <source>End the session</source>
        <translation>结束练习</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="139"/>
        <source>The call with %1 is still going on. Ending the session now ends the call for the trainee too.</source>
        <translation>与%1的通话仍在进行中。现在结束练习，学员的这通电话也会随之结束。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="144"/>
        <source>End the session and the call?</source>
        <translation>结束练习并挂断通话吗？</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="145"/>
        <source>&amp;End session and call</source>
        <translation>结束练习并挂断(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/session_window.py" line="146"/>
        <source>&amp;Keep the call going</source>
        <translation>继续通话(&amp;K)</translation>
    </message>
</context>
<context>
    <name>SiteTab</name>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="413"/>
        <source>Site name:</source>
        <translation>站点名称：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="414"/>
        <source>Country (phone numbers):</source>
        <translation>国家/地区（电话号码）：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="415"/>
        <source>Time zone:</source>
        <translation>时区：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="416"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="417"/>
        <source>Currency:</source>
        <translation>币种：</translation>
    </message>
</context>
<context>
    <name>StatePanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="35"/>
        <source>&amp;Available</source>
        <translation>就绪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="36"/>
        <source>Become available for calls (F9)</source>
        <translation>切换为就绪以接听来电（F9）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="38"/>
        <source>Reason…</source>
        <translation>原因…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="40"/>
        <source>&amp;Not ready</source>
        <translation>未就绪(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="41"/>
        <source>Stop taking calls with the chosen reason (F10)</source>
        <translation>按所选原因暂停接听（F10）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="42"/>
        <source>Log &amp;out</source>
        <translation>登出(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/state_panel.py" line="99"/>
        <source>After this call: %1</source>
        <translation>本通话后：%1</translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="29"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="32"/>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="90"/>
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
        <location filename="../../callcenter/gui/sync/sync_words.py" line="79"/>
        <source>This console is registered with the sync server for another user. Sign in as that user, or ask your administrator.</source>
        <translation>此控制台已在同步服务器上登记给另一位用户。请以该用户登录，或联系管理员。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="84"/>
        <source>Too many wrong passwords were tried. Wait a few minutes, then try again.</source>
        <translation>密码错误次数过多。请等几分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="139"/>
        <source>Another console already used a number or name you entered (%1). Change it here and sync again.</source>
        <translation>另一台控制台已使用了您输入的号码或名称（%1）。请在此修改后再次同步。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="145"/>
        <source>Too many wrong passwords were tried. Wait %1 min, then try again.</source>
        <translation>密码错误次数过多。请等 %1 分钟后再试。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="149"/>
        <source>The sync server refused a change your role may not make: %1</source>
        <translation>同步服务器拒绝了您的角色无权进行的更改：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_words.py" line="157"/>
        <source>Sync failed: %1</source>
        <translation>同步失败：%1</translation>
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
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="41"/>
        <source>%1 kept aside</source>
        <translation>%1 条已搁置</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="48"/>
        <source>%1 records from the sync server could not be used on this console and are kept aside; the rest synced. A supervisor sees them under Sync → Conflicts…</source>
        <translation>同步服务器发来的 %1 条记录无法在本控制台使用，已搁置；其余已同步。主管可在“同步 → 冲突…”中查看。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/sync/sync_status_panel.py" line="52"/>
        <source>Last success: %1</source>
        <translation>上次成功：%1</translation>
    </message>
</context>
<context>
    <name>TeamPanel</name>
    <message>
        <location filename="../../callcenter/gui/console_assembly.py" line="157"/>
        <source>Team states</source>
        <translation>团队状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/console_assembly.py" line="164"/>
        <source>&amp;Team</source>
        <translation>团队(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/console_assembly.py" line="165"/>
        <source>Team &amp;states…</source>
        <translation>团队状态(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="40"/>
        <source>force an agent&apos;s state</source>
        <translation>强制坐席状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="41"/>
        <source>force the state of another team&apos;s agent</source>
        <translation>强制其他团队坐席的状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="42"/>
        <source>cancel a forced state</source>
        <translation>取消强制状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="43"/>
        <source>apply another agent&apos;s forced state</source>
        <translation>执行其他坐席的强制状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="65"/>
        <source>Agent</source>
        <translation>坐席</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="65"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="65"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="65"/>
        <source>Forced state</source>
        <translation>强制状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="74"/>
        <source>Force &amp;Available</source>
        <translation>强制就绪(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="75"/>
        <source>Force &amp;Not ready</source>
        <translation>强制未就绪(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="76"/>
        <source>Force &amp;Log out</source>
        <translation>强制登出(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="84"/>
        <source>Your team on every console (forced states travel through the server)</source>
        <translation>您团队在各台控制台上的坐席（强制状态经服务器传送）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="133"/>
        <source>not seen yet</source>
        <translation>尚无记录</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="144"/>
        <source>%1: waiting for their console</source>
        <translation>%1：等待其控制台接收</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="145"/>
        <source>%1: after their call</source>
        <translation>%1：通话结束后生效</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="146"/>
        <source>%1: applied</source>
        <translation>%1：已生效</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="161"/>
        <source>Choose an agent first.</source>
        <translation>请先选择一位坐席。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/team_panel.py" line="168"/>
        <source>Asked: %1 to %2. Their console applies it when it next syncs.</source>
        <translation>已请求：将 %1 设为 %2。其控制台在下次同步时执行。</translation>
    </message>
</context>
<context>
    <name>TimelineNames</name>
    <message>
        <location filename="../../callcenter/gui/names.py" line="122"/>
        <source>Captured on the call</source>
        <translation>通话中登记</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="123"/>
        <source>Within the proposer&apos;s limits</source>
        <translation>在提议人的权限之内</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="124"/>
        <source>Over the proposer&apos;s limit: needs approval</source>
        <translation>超出提议人的权限：需要审批</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="127"/>
        <source>Acknowledgement deadline passed</source>
        <translation>确认期限已过</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/names.py" line="128"/>
        <source>Resolution deadline passed</source>
        <translation>解决期限已过</translation>
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
    <name>TrainerControlsWindow</name>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_window.py" line="20"/>
        <source>Trainer only — %1</source>
        <translation>仅限培训师 — %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_controls_window.py" line="23"/>
        <source>Trainer only: the trainee does not see this window.</source>
        <translation>仅限培训师：学员看不到此窗口。</translation>
    </message>
</context>
<context>
    <name>TrainerWindow</name>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="83"/>
        <source>Trainer — role-play scenarios</source>
        <translation>培训师 — 角色扮演场景</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="91"/>
        <source>Scenarios</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="103"/>
        <source>Easy mode: hints and suggested replies</source>
        <translation>简易模式：提示和建议回复</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="105"/>
        <source>Inside the live queue simulator (the training call arrives as a normal call)</source>
        <translation>在实时排队模拟中进行（培训来电像普通来电一样到达）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="107"/>
        <source>Trainee:</source>
        <translation>学员：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="108"/>
        <source>Language of the call:</source>
        <translation>通话语言：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="112"/>
        <source>Customer calls the trainee&apos;s phone (SIP)</source>
        <translation>客户拨打学员的电话（SIP）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="114"/>
        <source>the phone&apos;s address, e.g. sip:1001@pbx.example</source>
        <translation>电话地址，例如 sip:1001@pbx.example</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="118"/>
        <source>Trainee&apos;s phone:</source>
        <translation>学员电话：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="121"/>
        <source>&amp;Start session</source>
        <translation>开始练习(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="124"/>
        <source>&amp;Edit scenario…</source>
        <translation>编辑场景(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="126"/>
        <source>&amp;Dashboard</source>
        <translation>看板(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="136"/>
        <source>TRAINING — sessions use made-up customers in a separate training store</source>
        <translation>培训 — 练习使用独立培训库中的虚构客户</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="185"/>
        <source>Some scenario files were skipped: %1</source>
        <translation>部分场景文件已跳过：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="203"/>
        <source>Caller</source>
        <translation>来电者</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="203"/>
        <source>Reason</source>
        <translation>事由</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="203"/>
        <source>Rubric</source>
        <translation>评分标准</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="204"/>
        <source>pass mark %1</source>
        <translation>及格线 %1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="221"/>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="228"/>
        <source>Start session</source>
        <translation>开始练习</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="221"/>
        <source>This scenario has no version in that language.</source>
        <translation>该场景没有这种语言的版本。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="229"/>
        <source>Enter the trainee&apos;s phone address, for example sip:1001@pbx.example.</source>
        <translation>请输入学员的电话地址，例如 sip:1001@pbx.example。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/trainer/trainer_window.py" line="232"/>
        <source>Trainee</source>
        <translation>学员</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="37"/>
        <source>Transfer call</source>
        <translation>转接通话</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="41"/>
        <source>Search queues and agents…</source>
        <translation>搜索队列和坐席…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="46"/>
        <source>Queue: %1</source>
        <translation>队列：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="48"/>
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 个等待</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="52"/>
        <source>Agent: %1</source>
        <translation>坐席：%1</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="53"/>
        <source>not in the live center</source>
        <translation>不在实时中心</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="56"/>
        <source>or a number / SIP address</source>
        <translation>或号码 / SIP 地址</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="62"/>
        <source>&amp;Blind — hand over now</source>
        <translation>直接转接 — 立即转交(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="63"/>
        <source>&amp;Warm — talk to them first, caller on hold</source>
        <translation>咨询转接 — 先沟通，来电者保持(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="66"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="67"/>
        <source>Transfer to</source>
        <translation>转接到</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/transfer_dialog.py" line="68"/>
        <source>N&amp;umber</source>
        <translation>号码(&amp;U)</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="46"/>
        <source>Average CSAT</source>
        <translation>平均 CSAT</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/satisfaction_panel.py" line="48"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
</context>
<context>
    <name>UsersTab</name>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="68"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="68"/>
        <source>User name</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="68"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="68"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="68"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="83"/>
        <source>for a new user: at least 8 characters</source>
        <translation>新用户：至少 8 个字符</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="84"/>
        <source>User name:</source>
        <translation>用户名：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="85"/>
        <source>Display name:</source>
        <translation>显示名称：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="86"/>
        <source>Role:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="87"/>
        <source>Team:</source>
        <translation>团队：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="88"/>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="89"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="90"/>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="90"/>
        <source>Level (0 = none)</source>
        <translation>等级（0 = 无）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="95"/>
        <source>Skills and levels (1 basic … 5 expert):</source>
        <translation>技能和等级（1 初级 … 5 专家）：</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="97"/>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="98"/>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="145"/>
        <source>Deactivate</source>
        <translation>停用</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="110"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="110"/>
        <source>deactivated</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="145"/>
        <source>Reactivate</source>
        <translation>重新启用</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="184"/>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/admin/admin_window.py" line="185"/>
        <source>New password for %1 (at least 8 characters):</source>
        <translation>%1 的新密码（至少 8 个字符）：</translation>
    </message>
</context>
<context>
    <name>Wallboard</name>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="28"/>
        <source>Back to the board  [Esc]</source>
        <translation>返回看板  [Esc]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="75"/>
        <source>waiting</source>
        <translation>排队中</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="76"/>
        <source>longest wait</source>
        <translation>最长等待</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="77"/>
        <source>service level, 30 min</source>
        <translation>服务水平（30 分钟）</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/supervisor/wallboard.py" line="78"/>
        <source>agents available</source>
        <translation>空闲坐席</translation>
    </message>
</context>
<context>
    <name>WrapUpPanel</name>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="30"/>
        <source>&amp;Finish wrap-up  [F12]</source>
        <translation>完成话后处理(&amp;F)  [F12]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="31"/>
        <source>E&amp;xtend  [F11]</source>
        <translation>延长(&amp;X)  [F11]</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="46"/>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="59"/>
        <source>— not asked</source>
        <translation>——未询问</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="48"/>
        <source>1 – very dissatisfied</source>
        <translation>1 – 非常不满意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="49"/>
        <source>2 – dissatisfied</source>
        <translation>2 – 不满意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="50"/>
        <source>3 – neutral</source>
        <translation>3 – 一般</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="51"/>
        <source>4 – satisfied</source>
        <translation>4 – 满意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="52"/>
        <source>5 – very satisfied</source>
        <translation>5 – 非常满意</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="55"/>
        <source>Satisfaction (CSA&amp;T)</source>
        <translation>满意度（CSAT）(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="62"/>
        <source>Would recommend us, 0–10 (N&amp;PS)</source>
        <translation>推荐意愿 0–10（NPS）(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="85"/>
        <source>NPS: asked recently, not due yet</source>
        <translation>NPS：近期已询问，暂不再问</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="180"/>
        <source>Choose a disposition first.</source>
        <translation>请先选择处理结果。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="194"/>
        <source>The caller hung up before you answered. Nothing to wrap up: press F12 to finish now.</source>
        <translation>客户在您接听前已挂断。无需话后处理：按 F12 立即完成。</translation>
    </message>
    <message>
        <location filename="../../callcenter/gui/agent/wrap_up_panel.py" line="205"/>
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
