<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivitiesScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/activities.py" line="+128"/>
        <location line="+86"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+90"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Mark hazard resolved</source>
        <translation>标记隐患已整改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance sheet…</source>
        <translation>签到表 PDF…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print attendance sheet…</source>
        <translation>打印签到表…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Nomadic classroom</source>
        <translation>游牧课堂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transhumance service point</source>
        <translation>转场服务点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal education</source>
        <translation>普法宣传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazard check</source>
        <translation>隐患排查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care visit</source>
        <translation>走访慰问</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Topic (Chinese)</source>
        <translation>主题（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic (Mongolian)</source>
        <translation>主题（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lecturers</source>
        <translation>授课人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route (Chinese)</source>
        <translation>转场路线（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Route (Mongolian)</source>
        <translation>转场路线（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days on duty</source>
        <translation>值守天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leaflets given</source>
        <translation>发放宣传册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding (Chinese)</source>
        <translation>发现情况（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding (Mongolian)</source>
        <translation>发现情况（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up (Chinese)</source>
        <translation>后续跟进（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up (Mongolian)</source>
        <translation>后续跟进（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due</source>
        <translation>跟进期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (Chinese)</source>
        <translation>事由（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason (Mongolian)</source>
        <translation>事由（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasion</source>
        <translation>慰问类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>- choose -</source>
        <translation>- 请选择 -</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both languages</source>
        <translation>蒙汉双语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian</source>
        <translation>蒙古语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chinese</source>
        <translation>汉语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Festival</source>
        <translation>节日慰问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illness</source>
        <translation>疾病</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardship</source>
        <translation>困难</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disaster</source>
        <translation>灾害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Title (Chinese)</source>
        <translation>标题（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Mongolian)</source>
        <translation>标题（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Started</source>
        <translation>开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended</source>
        <translation>结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organizer</source>
        <translation>组织者</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save activity</source>
        <translation>保存活动(&amp;S)</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1: %2 people</source>
        <translation>%1：%2 人</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Save attendance sheet</source>
        <translation>保存签到表</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_agreement.py" line="+89"/>
        <source>Agreement and amendments</source>
        <translation>协议与补充协议</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Agreed content (Chinese)</source>
        <translation>协议内容（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreed content (Mongolian)</source>
        <translation>协议内容（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is performed (Chinese)</source>
        <translation>履行方式（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it is performed (Mongolian)</source>
        <translation>履行方式（蒙古文）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deadline</source>
        <translation>履行期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add amendment</source>
        <translation>添加补充协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement PDF…</source>
        <translation>协议书 PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print agreement…</source>
        <translation>打印协议书…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signatures</source>
        <translation>签名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign agreement</source>
        <translation>签署协议</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Save agreement</source>
        <translation>保存协议书</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Amendment %1</source>
        <translation>补充协议 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signed</source>
        <translation>已签署</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Signed %1 - locked; changes go into an amendment</source>
        <translation>已于 %1 签署并锁定；修改请添加补充协议</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No agreement yet</source>
        <translation>尚无协议</translation>
    </message>
</context>
<context>
    <name>AgreementPreview</name>
    <message>
        <location filename="../ui/subei_ui/widgets/agreement_preview.py" line="+29"/>
        <source>Agreement preview</source>
        <translation>协议预览</translation>
    </message>
</context>
<context>
    <name>BackupText</name>
    <message>
        <location filename="../ui/subei_ui/backup_actions.py" line="+27"/>
        <source>This laptop&apos;s data is not encrypted, so it is not backed up: add a user first, then a lost stick shows nothing.</source>
        <translation>本机数据未加密，因此不备份：请先添加用户，这样U盘丢失也不会泄露任何内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder is not there any more. Is the USB stick plugged in?</source>
        <translation>该文件夹已不存在。U盘是否插好？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was read back from the stick differs from what was written. Do not use this stick; try another.</source>
        <translation>从U盘读回的内容与写入的不一致。请不要使用这个U盘，换一个再试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not a backup of this app.</source>
        <translation>这不是本程序的备份文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This backup was made by a newer version of the app. Update the app first.</source>
        <translation>该备份由更新版本的程序创建，请先升级程序。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup file is damaged or incomplete and cannot be restored. Nothing on this laptop was changed.</source>
        <translation>备份文件已损坏或不完整，无法恢复。本机上的数据没有任何改动。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop already has data. Confirm to replace it (it is kept aside).</source>
        <translation>本机已有数据。确认后才会替换（原数据另存，不会删除）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Wrong user name or password for this backup. Nothing was changed.</source>
        <translation>该备份的用户名或密码不正确。没有任何改动。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk is full. Nothing was written; free some space and try again.</source>
        <translation>磁盘已满，什么也没有写入；请腾出空间后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消，没有任何改动。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It did not work (%1). Nothing was changed.</source>
        <translation>操作未成功（%1）。没有任何改动。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up to USB stick</source>
        <translation>备份到U盘</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing and checking the backup…</source>
        <translation>正在写入并校验备份…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading and checking the backup…</source>
        <translation>正在读取并校验备份…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup written to %1 and checked (%2 households, %3 changes not yet sent).

It is encrypted: without a password of this laptop or the county key nobody can read it. It is safe to remove the USB stick.</source>
        <translation>备份已写入 %1 并校验完毕（%2 户，%3 条修改尚未发送）。

备份已加密：没有本机的密码或县中心密钥，任何人都无法读取。现在可以安全拔下U盘。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replace the data on this laptop with this backup? The data here now is kept aside, not deleted. After the restore, sync: work this laptop already sent comes back from the county server.</source>
        <translation>用这个备份替换本机上的数据吗？现在的数据会另存，不会删除。恢复后请同步：本机已发送过的工作会从县服务器取回。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Password of %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup of %1 was restored (%2 households). The data it replaced is kept in %3.

The app closes now: start it again and sync.</source>
        <translation>已恢复 %1 的备份（%2 户）。被替换的数据保存在 %3。

程序现在关闭：请重新启动并同步。</translation>
    </message>
</context>
<context>
    <name>ConflictModel</name>
    <message>
        <location filename="../ui/subei_ui/screens/review.py" line="+75"/>
        <source>Household</source>
        <translation>牧户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service request</source>
        <translation>办事申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activity</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name (Chinese)</source>
        <translation>姓名（汉文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Mongolian)</source>
        <translation>姓名（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation to head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livestock</source>
        <translation>牲畜</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seasonal pastures</source>
        <translation>季节草场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted on another laptop</source>
        <translation>已在另一台电脑上删除</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value A</source>
        <translation>值 A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value B</source>
        <translation>值 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
</context>
<context>
    <name>DashboardScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/dashboard.py" line="+82"/>
        <source>Whole county</source>
        <translation>全县</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export XLSX…</source>
        <translation>导出 XLSX…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Service requests by service</source>
        <translation>按事项统计的办事申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>Mediations by category</source>
        <translation>按类别统计的矛盾调解</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Activities by kind</source>
        <translation>按类型统计的活动</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Open hazards by kind</source>
        <translation>按类型统计的未消除隐患</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Charts</source>
        <translation>图表</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Requests by service</source>
        <translation>按服务统计的申请</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Classrooms</source>
        <translation>课堂</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care visits</source>
        <translation>走访慰问</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median days</source>
        <translation>中位天数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed or referred</source>
        <translation>调解不成或转交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted or withdrawn</source>
        <translation>不予受理或撤回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People present</source>
        <translation>到场人数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title (Chinese)</source>
        <translation>标题（汉文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title (Mongolian)</source>
        <translation>标题（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Topic (Chinese)</source>
        <translation>主题（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>到场</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absent</source>
        <translation>缺席</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>未整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open, high or critical</source>
        <translation>未整改（较大及重大）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nomadic classroom</source>
        <translation>游牧课堂</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transhumance service point</source>
        <translation>转场服务点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal education</source>
        <translation>普法宣传</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazard check</source>
        <translation>隐患排查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Care visit</source>
        <translation>走访慰问</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>走访次数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recipients</source>
        <translation>受助人数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money</source>
        <translation>慰问金</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Requests %1 (delivered %2) · mediations %3 · classrooms %4 (%5 present) · hazards open %6 / closed %7 · care visits %8</source>
        <translation>办事申请 %1（已送达 %2）· 调解 %3 · 课堂 %4（到场 %5 人次）· 隐患 未消除 %6 / 已消除 %7 · 关爱走访 %8</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export XLSX</source>
        <translation>导出 XLSX</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <location filename="../ui/subei_ui/document_actions.py" line="+27"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No printer is installed. Save a PDF and print it elsewhere.</source>
        <translation>本机没有安装打印机。请保存为 PDF，到别处打印。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document</source>
        <translation>文书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved %1</source>
        <translation>已保存：%1</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <location filename="../ui/subei_ui/widgets/drafts.py" line="+122"/>
        <source>Unsaved changes</source>
        <translation>未保存的修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some changes are not saved yet. Save them first?</source>
        <translation>有修改尚未保存。先保存吗？</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../ui/subei_ui/error_text.py" line="+18"/>
        <source>Give a title in Chinese or Mongolian</source>
        <translation>请填写汉文或蒙古文标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a service from the catalogue</source>
        <translation>请从服务目录中选择事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This material is not on the checklist</source>
        <translation>该材料不在清单中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required materials are still missing</source>
        <translation>必需材料尚未齐全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The request cannot move directly to that status</source>
        <translation>当前状态不能直接转到该状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find and pick the household first</source>
        <translation>请先查找并选择牧户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick a request first</source>
        <translation>请先选择一项申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick or save a case first</source>
        <translation>请先选择或保存案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A case needs at least two parties</source>
        <translation>案件至少需要两方当事人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The agreement needs its content in both Chinese and Mongolian</source>
        <translation>协议内容须有汉文和蒙古文两种文字</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say how and by when the agreement is to be performed</source>
        <translation>请写明履行方式和期限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agreement is not signed yet</source>
        <translation>协议尚未签署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a draft agreement first</source>
        <translation>请先保存协议草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a signed agreement can be amended</source>
        <translation>只有已签署的协议才能补充</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The mediator must sign</source>
        <translation>调解员须签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both parties must sign</source>
        <translation>双方当事人须签名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign on the pad before saving</source>
        <translation>请先在签名板上签名再保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The signature image could not be kept; clear the pad and sign again</source>
        <translation>签名图像无法保存；请清除签名板后重新签名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signature image is missing; clear the pad and sign again</source>
        <translation>签名图像丢失；请清除签名板后重新签名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A signed record cannot change; add an amendment instead</source>
        <translation>已签署的记录不可修改，请添加补充协议</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A hazard check needs a severity</source>
        <translation>隐患排查须填写严重程度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown detail for this activity</source>
        <translation>该活动不支持此项内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The end is before the start</source>
        <translation>结束时间早于开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say who took part</source>
        <translation>请填写参加人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be read</source>
        <translation>无法读取该文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only a township-office laptop can resolve conflicts (the server refuses)</source>
        <translation>只有登记为乡镇办的电脑才能裁决冲突（县服务器会拒绝其他电脑的裁决）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only .csv and .xlsx files</source>
        <translation>只支持 .csv 和 .xlsx 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is not a readable XLSX file</source>
        <translation>不是可读取的 XLSX 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown text encoding: save the file as CSV UTF-8 or XLSX</source>
        <translation>无法识别文件编码：请另存为 CSV UTF-8 或 XLSX</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has bytes its encoding does not allow</source>
        <translation>文件中有该编码不允许的字节</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The CSV file is malformed (unclosed quote)</source>
        <translation>CSV 文件格式错误（引号未闭合）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is too large to import</source>
        <translation>文件过大，无法导入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The XLSX file unpacks to too much data and was refused</source>
        <translation>XLSX 文件解压后数据过多，已拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many rows for one import; split the file</source>
        <translation>行数过多，请把文件分成几个再导入</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many columns</source>
        <translation>列数过多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The XLSX file contains entity declarations and was refused</source>
        <translation>XLSX 文件含有实体声明，已拒绝</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some columns are not known: map them or leave them out</source>
        <translation>有无法识别的列：请指定对应字段或跳过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two columns hold the same field</source>
        <translation>两列对应到了同一个字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Required columns are missing</source>
        <translation>缺少必需的列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mapping does not fit this file</source>
        <translation>列对应关系与此文件不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A cell is longer than 32,767 characters</source>
        <translation>单元格超过 32,767 个字符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A column without a header has data</source>
        <translation>没有表头的列中有内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The row has more cells than headers</source>
        <translation>该行的单元格比表头多</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same record appears twice in the file</source>
        <translation>文件中同一记录出现了两次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contains a control character (NUL, ESC, line break); remove it</source>
        <translation>含有控制字符（如 NUL、ESC、换行），请删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains a text-direction control (such as U+202E); remove it</source>
        <translation>含有文字方向控制字符（如 U+202E），请删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contains an invisible character (such as a zero-width space); remove it</source>
        <translation>含有不可见字符（如零宽空格），请删除</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>子女 needs the sex column to tell son from daughter</source>
        <translation>“子女”需要性别一栏才能确定是儿子还是女儿</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a known sex (男/女 or code 1/2)</source>
        <translation>性别不是可选的值（男/女 或代码 1/2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a known ethnic group or GB 3304 code</source>
        <translation>不是已知的民族名称或 GB 3304 代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded as &quot;other&quot; ethnic group</source>
        <translation>民族记为“其他”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a phone number</source>
        <translation>不是电话号码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Mongolian name was lost when the file was saved (? marks)</source>
        <translation>保存文件时蒙古文姓名已丢失（变成了“?”）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date or time cannot be read</source>
        <translation>日期或时间无法识别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date cannot be read (1985-05-05, 1985/5/5, 19850505, 1985年5月5日)</source>
        <translation>日期无法识别（可写 1985-05-05、1985/5/5、19850505、1985年5月5日）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The household code is empty</source>
        <translation>户编号为空</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party member: write 是 or 否</source>
        <translation>党员一栏请填 是 或 否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The village is not in this township</source>
        <translation>该村不属于所填乡镇</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown grid</source>
        <translation>网格不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The disk is full</source>
        <translation>磁盘空间已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file cannot be written</source>
        <translation>无法写入文件</translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <location filename="../ui/subei_ui/widgets/export_bar.py" line="+51"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole list as a CSV or Excel file</source>
        <translation>将整个列表保存为 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export failed: the disk is full. Free some space and try again.</source>
        <translation>导出失败：磁盘已满。请腾出空间后重试。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export failed: choose a file ending in .xlsx or .csv.</source>
        <translation>导出失败：请选择以 .xlsx 或 .csv 结尾的文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Export failed: the file cannot be written there. Check the folder exists, that you may write to it and that the file is not open in another program.</source>
        <translation>导出失败：无法在该位置写入文件。请确认文件夹存在、您有写入权限，且该文件未在其他程序中打开。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n rows exported to %1</source>
        <translation>
            <numerusform>已导出 %n 行到 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <location filename="../ui/subei_ui/first_run_setup.py" line="+51"/>
        <source>Type your name.</source>
        <translation>请输入您的姓名。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password needs at least 8 characters.</source>
        <translation>密码至少需要 8 个字符。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A township office needs its township; a grid worker also the grid.</source>
        <translation>乡镇办需选择乡镇；网格员还需选择网格。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The county key is needed: open its file or QR image, or paste it.</source>
        <translation>需要县中心恢复公钥：请打开公钥文件或二维码图片，或粘贴公钥。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a county key. Ask the county for the printed key.</source>
        <translation>这不是县中心恢复公钥。请向县中心索取打印的公钥。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file cannot be read.</source>
        <translation>无法读取该文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No QR code was found in the image.</source>
        <translation>图片中没有找到二维码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QR images cannot be read on this laptop; open the key file instead.</source>
        <translation>本机无法识别二维码图片；请改为打开公钥文件。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give both the server address and the registration code, or neither.</source>
        <translation>服务器地址和注册码要么都填，要么都不填。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder has been set up already.</source>
        <translation>这个数据文件夹已经设置过了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder holds real work; demo data cannot go into it.</source>
        <translation>这个数据文件夹已有真实数据，不能放入演示数据。</translation>
    </message>
    <message>
        <location line="+217"/>
        <source>Set up this laptop</source>
        <translation>设置本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>欢迎使用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your account on this laptop</source>
        <translation>您在本机的账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The county key</source>
        <translation>县中心恢复公钥</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The county server (optional)</source>
        <translation>县中心服务器（可选）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This data folder is new. Choose the language, then set the laptop up for field work, or try the program with made-up households first.</source>
        <translation>这是一个新的数据文件夹。请选择语言，然后把本机设置为正式工作使用，或先用虚构的牧户试用本程序。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set up this laptop for field work</source>
        <translation>设置本机用于正式工作</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You become its first user. Herders&apos; ID numbers, phones and other sensitive details are encrypted with your password and the county key.</source>
        <translation>您将成为本机的第一个用户。牧民的身份证号、电话等敏感信息会用您的密码和县中心恢复公钥加密保存。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try with demo data</source>
        <translation>用演示数据试用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>500 made-up households to look around. A demo store can never register, sync or write USB bundles; use a new data folder for real work.</source>
        <translation>生成 500 户虚构牧户供浏览。演示数据永远不能注册、同步或写入 USB 数据包；正式工作请使用新的数据文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other users can be added later. Nobody can read the data without a password; if every password is lost, only the county can recover it.</source>
        <translation>以后可以再添加其他用户。没有密码谁也读不到数据；所有密码都丢失时，只有县中心能恢复。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The county office gives every laptop the county&apos;s recovery key: a file, a printed QR code, or a line of 64 letters and digits. It lets the county recover this laptop&apos;s data if every password is lost; it cannot read anything else.</source>
        <translation>县中心会给每台电脑一把县中心恢复公钥：一个文件、一张打印的二维码，或一行 64 位字母和数字。所有密码都丢失时，县中心可以用它恢复本机数据；它不能读取其他任何内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open key file…</source>
        <translation>打开公钥文件…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open QR image…</source>
        <translation>打开二维码图片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or paste the key:</source>
        <translation>或粘贴公钥：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County key</source>
        <translation>县中心恢复公钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the county gave you a registration code, register now. You can also leave this empty and register later on the Sync screen.</source>
        <translation>如果县中心给了您注册码，可以现在注册；也可以留空，以后在“同步”页面注册。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Registration code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit setup</source>
        <translation>退出设置</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>County key recognised (%1).</source>
        <translation>已识别县中心恢复公钥（%1）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>FollowUpsPanel</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_visits.py" line="+149"/>
        <location line="+8"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+10"/>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>Note (Mongolian)</source>
        <translation>备注（蒙古文）</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Visited by</source>
        <translation>回访人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note (Chinese)</source>
        <translation>备注（汉文）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add follow-up</source>
        <translation>添加回访</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Partly</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>HouseholdDetail</name>
    <message>
        <location filename="../ui/subei_ui/screens/household_detail.py" line="+137"/>
        <source>Edit household</source>
        <translation>编辑牧户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township / village</source>
        <translation>乡镇 / 村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (Chinese)</source>
        <translation>住址（汉文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address (Mongolian)</source>
        <translation>住址（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>常用语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Livestock</source>
        <translation>牲畜</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seasonal pastures</source>
        <translation>季节草场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>办事记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name (Chinese)</source>
        <translation>姓名（汉文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Mongolian)</source>
        <translation>姓名（蒙古文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Born</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Season</source>
        <translation>季节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Household %1</source>
        <translation>牧户 %1</translation>
    </message>
</context>
<context>
    <name>HouseholdForm</name>
    <message>
        <location filename="../ui/subei_ui/screens/household_form.py" line="+203"/>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grid</source>
        <translation>网格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address (Chinese)</source>
        <translation>住址（汉文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address (Mongolian)</source>
        <translation>住址（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred language</source>
        <translation>常用语言</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Chinese)</source>
        <translation>姓名（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Mongolian)</source>
        <translation>姓名（蒙古文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Latin letters)</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>出生日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Household</source>
        <translation>牧户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livestock</source>
        <translation>牲畜</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Other members</source>
        <translation>其他家庭成员</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add member…</source>
        <translation>添加成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit member…</source>
        <translation>编辑成员…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>An unsaved draft of this form was restored.</source>
        <translation>已恢复此表单未保存的草稿。</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>A household with the same head&apos;s name already exists in this village (%1). Check it is not the same family; press Save anyway to register a new one.</source>
        <translation>本村已有户主同名的牧户（%1）。请确认不是同一户；如确需新登记，请点“仍然保存”。</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../ui/subei_ui/screens/household_table.py" line="+139"/>
        <source>Household no.</source>
        <translation>户编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Chinese)</source>
        <translation>姓名（汉文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Mongolian)</source>
        <translation>姓名（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Village</source>
        <translation>村</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Members</source>
        <translation>家庭成员</translation>
    </message>
</context>
<context>
    <name>HouseholdsScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/households.py" line="+108"/>
        <source>Search: name in Chinese, pinyin, Mongolian or Latin letters, ID or phone</source>
        <translation>搜索：汉文姓名、拼音、蒙古文或拉丁字母、身份证号或电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search households</source>
        <translation>搜索牧户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New household</source>
        <translation>新建牧户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a household on the left, or register a new one.</source>
        <translation>请在左侧选择牧户，或登记新牧户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Households</source>
        <translation>牧户</translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
        <source>%n people found</source>
        <translation>
            <numerusform>找到 %n 人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n households</source>
        <translation>
            <numerusform>共 %n 户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IssueBanner</name>
    <message>
        <location filename="../ui/subei_ui/error_text.py" line="+37"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
</context>
<context>
    <name>IssueText</name>
    <message>
        <location filename="../ui/subei_ui/issue_text.py" line="+16"/>
        <source>This field is required</source>
        <translation>此项必填</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long</source>
        <translation>内容过长</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong format</source>
        <translation>格式不正确</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not one of the allowed values</source>
        <translation>不是可选的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the date as YYYY-MM-DD</source>
        <translation>日期格式应为 YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out of range</source>
        <translation>数值超出范围</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An ID number has 18 characters (the last may be X)</source>
        <translation>身份证号应为 18 位（最后一位可为 X）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID number&apos;s address code does not exist</source>
        <translation>身份证号的地址码不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date inside the ID number is not valid</source>
        <translation>身份证号中的出生日期无效</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The ID number&apos;s check digit is wrong (a digit mistyped or two swapped)</source>
        <translation>身份证号校验位不正确（可能有一位输错或两位颠倒）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The phone number looks wrong (it can still be saved)</source>
        <translation>电话号码看起来不正确（仍可保存）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the name in Chinese or in Mongolian (or both)</source>
        <translation>姓名至少填写汉文或蒙古文一种</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date is not plausible</source>
        <translation>出生日期不在合理范围内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The birth date does not match the ID number</source>
        <translation>出生日期与身份证号不一致</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a known relation to the head of household</source>
        <translation>与户主关系不是可选的值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This text uses an old private encoding (e.g. Menksoft). Convert it to standard Unicode Mongolian first.</source>
        <translation>该文字使用旧的私有编码（如蒙科立），请先转换为标准 Unicode 蒙古文。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Converted from a legacy encoding (Menksoft) to standard Unicode Mongolian: check the text before saving.</source>
        <translation>已从旧编码（蒙科立）转换为标准 Unicode 蒙古文，保存前请核对。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text cannot start with a variation selector (FVS)</source>
        <translation>文字不能以自由变体选择符（FVS）开头</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Livestock counts must be between 0 and 1,000,000</source>
        <translation>牲畜数量应在 0 到 1,000,000 之间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown township</source>
        <translation>乡镇不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown village</source>
        <translation>村不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed records cannot change; add an amendment</source>
        <translation>已签署的记录不可修改，请添加补充协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file is damaged; restore the latest backup</source>
        <translation>数据库文件已损坏，请从最近的备份恢复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The data folder is read-only (permissions or a read-only disk). Nothing is damaged: do not restore a backup. Use a writable folder or fix its permissions.</source>
        <translation>数据文件夹是只读的（权限或只读磁盘）。数据没有损坏：不要恢复备份。请改用可写的文件夹，或修改它的权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk is full; nothing was saved. Free some space and try again.</source>
        <translation>磁盘空间已满，本次操作未保存；请腾出空间后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is demo data: it cannot be registered, synced or written to a USB bundle.</source>
        <translation>这是演示数据：不能注册、同步或写入 USB 数据包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The database was made by a newer version of this program</source>
        <translation>数据库由更新版本的程序创建，请先升级程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record no longer exists</source>
        <translation>该记录已不存在</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invalid value (%1)</source>
        <translation>无效的值（%1）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unexpected error: %1</source>
        <translation>意外错误：%1</translation>
    </message>
</context>
<context>
    <name>LockDialog</name>
    <message>
        <location filename="../ui/subei_ui/signin.py" line="+168"/>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The screen was locked. Type your password, or choose another user to switch; nobody&apos;s unsaved or unsynced work is lost.</source>
        <translation>屏幕已锁定。请输入密码，或选择其他用户切换；任何人未保存或未同步的工作都不会丢失。</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location line="-27"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your name and type your password.</source>
        <translation>请选择您的名字并输入密码。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/subei_ui/main_window.py" line="+181"/>
        <source>Subei mobile service centre</source>
        <translation>肃北流动服务中心</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screens</source>
        <translation>功能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Dashboard</source>
        <translation>统计看板</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Import household register…</source>
        <translation>导入牧户花名册…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report…</source>
        <translation>月度报告…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to USB stick…</source>
        <translation>写入U盘…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up to USB stick…</source>
        <translation>备份到U盘…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock screen</source>
        <translation>锁定屏幕</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch user…</source>
        <translation>切换用户…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Households</source>
        <translation>牧户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service requests</source>
        <translation>办事申请</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediations</source>
        <translation>矛盾调解</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Activities</source>
        <translation>活动</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Review</source>
        <translation>审核</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Demo data</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pending changes: %1</source>
        <translation>待上传修改：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>User: %1 · Device: %2</source>
        <translation>用户：%1 · 设备：%2</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>Monthly report</source>
        <translation>月度报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month (YYYY-MM):</source>
        <translation>月份（YYYY-MM）：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save monthly report</source>
        <translation>保存月度报告</translation>
    </message>
</context>
<context>
    <name>MediationScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation.py" line="+128"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+47"/>
        <source>Category</source>
        <translation>纠纷类别</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+63"/>
        <location line="+32"/>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location line="-95"/>
        <location line="+71"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Mediation cases</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New case</source>
        <translation>新建案件(&amp;N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sessions</source>
        <translation>调解记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement</source>
        <translation>调解协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>回访</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Facts (Chinese)</source>
        <translation>纠纷事实（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facts (Mongolian)</source>
        <translation>纠纷事实（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed matters (Chinese)</source>
        <translation>争议事项（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed matters (Mongolian)</source>
        <translation>争议事项（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibilities (Chinese)</source>
        <translation>责任认定（汉文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsibilities (Mongolian)</source>
        <translation>责任认定（蒙古文）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Names separated by commas</source>
        <translation>多个姓名用逗号分隔</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case no.</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Township</source>
        <translation>乡镇</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported by</source>
        <translation>报告人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mediators</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assistants</source>
        <translation>协助人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Committee</source>
        <translation>调解委员会</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move case</source>
        <translation>变更状态</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save case</source>
        <translation>保存案件(&amp;S)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Side</source>
        <translation>身份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Chinese)</source>
        <translation>姓名（汉文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Mongolian)</source>
        <translation>姓名（蒙古文）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add party not in the register</source>
        <translation>添加未登记的当事人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Respondent</source>
        <translation>被申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Party</source>
        <translation>当事人</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediating</source>
        <translation>调解中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement signed</source>
        <translation>已签协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>调解不成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Referred</source>
        <translation>已移交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdrawn</source>
        <translation>已撤回</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../ui/subei_ui/screens/household_members.py" line="+101"/>
        <source>Household member</source>
        <translation>家庭成员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name (Chinese)</source>
        <translation>姓名（汉文）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name (Mongolian)</source>
        <translation>姓名（蒙古文）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name (Latin letters)</source>
        <translation>姓名（拉丁字母）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Relation to the head</source>
        <translation>与户主关系</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date (YYYY-MM-DD)</source>
        <translation>出生日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ID number</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
</context>
<context>
    <name>MongolianPalette</name>
    <message>
        <location filename="../ui/subei_ui/widgets/mongolian_palette.py" line="+67"/>
        <source>Show invisible controls</source>
        <translation>显示不可见控制符</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrow no-break space: joins a suffix to its word</source>
        <translation>窄不换行空格：连接词尾与词干</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian vowel separator: final a/e written apart</source>
        <translation>蒙古文元音分隔符：词尾 a/e 分写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 1</source>
        <translation>自由变体选择符 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 2</source>
        <translation>自由变体选择符 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 3</source>
        <translation>自由变体选择符 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free variation selector 4</source>
        <translation>自由变体选择符 4</translation>
    </message>
</context>
<context>
    <name>ParticipantTable</name>
    <message>
        <location filename="../ui/subei_ui/screens/activity_people.py" line="+60"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Present</source>
        <translation>到场</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift from</source>
        <translation>值班开始</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift to</source>
        <translation>值班结束</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goods</source>
        <translation>物资</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Money (yuan)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participants</source>
        <translation>参加人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add by name</source>
        <translation>按姓名添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Attendee</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On duty</source>
        <translation>值守</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recipient</source>
        <translation>领取人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visited</source>
        <translation>被走访</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../ui/subei_ui/widgets/person_finder.py" line="+37"/>
        <source>Name (any script), ID number or phone</source>
        <translation>姓名（任一文字）、身份证号或电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find household</source>
        <translation>查找牧户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matching people</source>
        <translation>匹配的人员</translation>
    </message>
</context>
<context>
    <name>RefusedList</name>
    <message>
        <location filename="../ui/subei_ui/screens/refused_list.py" line="+42"/>
        <source>Outside the grids this laptop serves: the township office reassigns or discards it</source>
        <translation>不在本机负责的网格内：需由乡镇办改派或放弃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a township-office laptop may do this</source>
        <translation>只有乡镇办的电脑可以执行此操作</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A value breaks a rule (%1): %2</source>
        <translation>有一项内容不符合规则（%1）：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refused by the server</source>
        <translation>被县服务器拒绝</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused by the server, kept on this laptop: %1</source>
        <translation>被县服务器拒绝、保留在本机的更改：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused changes</source>
        <translation>被拒绝的更改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new record</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deletion</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>RegisterImportDialog</name>
    <message>
        <location filename="../ui/subei_ui/screens/register_import.py" line="+47"/>
        <source>GB/T 4761 relation code or name</source>
        <translation>GB/T 4761 家庭关系代码或名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB/T 2261.1 sex code</source>
        <translation>GB/T 2261.1 性别代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB 3304 ethnicity code or name</source>
        <translation>GB 3304 民族代码或名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Division code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Common register wording</source>
        <translation>常用说法</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import household register</source>
        <translation>导入牧户花名册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file chosen</source>
        <translation>尚未选择文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose file…</source>
        <translation>选择文件…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value in file</source>
        <translation>文件中的值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accept the suggested values</source>
        <translation>采用建议的值</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check rows</source>
        <translation>检查各行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import good rows, skip bad ones</source>
        <translation>导入正确的行，跳过有问题的行</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Columns: choose which of our fields each column holds</source>
        <translation>列：为每一列选择对应的字段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Values: check how each value will be read; pick one for values we do not know</source>
        <translation>值：请核对每个值将如何读取；为无法识别的值选择对应项</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rows that cannot be imported</source>
        <translation>无法导入的行</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Household register</source>
        <translation>牧户花名册</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spreadsheets (*.xlsx *.csv)</source>
        <translation>表格文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read this file: %1</source>
        <translation>无法读取此文件：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (read as %2)</source>
        <translation>%1（按 %2 读取）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(not understood: row rejected)</source>
        <translation>（无法识别：该行将被拒绝）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(son or daughter, by the sex column)</source>
        <translation>（按性别一栏定为儿子或女儿）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown value; suggested: %1</source>
        <translation>未知的值；建议：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown value</source>
        <translation>未知的值</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Cancelled; nothing has been written.</source>
        <translation>已取消，没有写入任何数据。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The file cannot be imported: %1</source>
        <translation>无法导入此文件：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Skipped lines are listed in %1 (ID numbers and phones masked).</source>
        <translation>被跳过的行已列在 %1 中（身份证号和电话已遮蔽）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The list of skipped lines could not be written (%1).</source>
        <translation>被跳过行的列表未能写入（%1）。</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>(leave out)</source>
        <translation>（不导入）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Using the mapping saved for files with these columns. Check the rows.</source>
        <translation>已使用为相同表头文件保存的对应关系，请检查各行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the mapping, then check the rows.</source>
        <translation>请先核对列对应关系，再检查各行。</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>All rows are fine.</source>
        <translation>所有行都没有问题。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n row(s) cannot be imported; nothing has been written.</source>
        <translation>
            <numerusform>有 %n 行无法导入；尚未写入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Imported: %1 new, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>已导入：新增 %1，更新 %2，未变 %3，跳过 %4。</translation>
    </message>
</context>
<context>
    <name>RequestsScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/requests.py" line="+90"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <location line="+9"/>
        <source>Service</source>
        <translation>服务事项</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+67"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="-66"/>
        <location line="+99"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Service requests</source>
        <translation>办事申请</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>New request</source>
        <translation>新建申请</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Where the request was taken</source>
        <translation>受理地点</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open request</source>
        <translation>登记申请(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Household</source>
        <translation>牧户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Request</source>
        <translation>申请</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Materials checklist</source>
        <translation>材料清单</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Photos and scans</source>
        <translation>照片和扫描件</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Attach photo or scan…</source>
        <translation>添加照片或扫描件…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Next status</source>
        <translation>下一状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Move on</source>
        <translation>推进(&amp;M)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>经办人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Status history</source>
        <translation>状态记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt as PDF…</source>
        <translation>回执存为 PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print receipt…</source>
        <translation>打印回执…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Materials seen</source>
        <translation>已查验材料</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Materials complete</source>
        <translation>材料齐全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted to department</source>
        <translation>已报送部门</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>未批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result delivered</source>
        <translation>结果已送达</translation>
    </message>
    <message>
        <location line="+69"/>
        <source> (optional)</source>
        <translation>（选填）</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Attach photo or scan</source>
        <translation>添加照片或扫描件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images and PDF (*.jpg *.jpeg *.png *.pdf);;All files (*)</source>
        <translation>图片和 PDF (*.jpg *.jpeg *.png *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save receipt</source>
        <translation>保存回执</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/review.py" line="+90"/>
        <location line="+29"/>
        <source>Open conflicts: %1</source>
        <translation>待处理冲突：%1</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Value A</source>
        <translation>值 A</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value B</source>
        <translation>值 B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this value</source>
        <translation>保留此值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or the right value:</source>
        <translation>或填写正确的值：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save this value</source>
        <translation>保存此值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conflicts</source>
        <translation>未解决的冲突</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>server</source>
        <translation>服务器</translation>
    </message>
</context>
<context>
    <name>SessionsPanel</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_visits.py" line="-51"/>
        <location line="+6"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+7"/>
        <source>Where</source>
        <translation>地点</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Mediator</source>
        <translation>调解员</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+5"/>
        <source>Summary (Mongolian)</source>
        <translation>调解情况（蒙古文）</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Summary (Chinese)</source>
        <translation>调解情况（汉文）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add session</source>
        <translation>添加调解记录</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <location filename="../ui/subei_ui/signin.py" line="-106"/>
        <source>Field staff</source>
        <translation>外勤人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid worker</source>
        <translation>网格员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Township office</source>
        <translation>乡镇办公室</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translation>密码错误次数过多，请 %1 秒后再试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has no users yet.</source>
        <translation>本机还没有用户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrong user name or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Password</source>
        <translation>密码</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <location filename="../ui/subei_ui/widgets/signature_pad.py" line="+36"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
</context>
<context>
    <name>SignatureSlot</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_agreement.py" line="-162"/>
        <source>Signer</source>
        <translation>签名人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint on paper</source>
        <translation>纸面按手印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
</context>
<context>
    <name>SyncScreen</name>
    <message>
        <location filename="../ui/subei_ui/screens/sync_status.py" line="+96"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes waiting to be sent: %1
Last sync: %2</source>
        <translation>待上传的修改：%1
上次同步：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Register this laptop with the county server</source>
        <translation>在县级服务器注册本机</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Registration code</source>
        <translation>注册码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register</source>
        <translation>注册</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync in the background when the server is reachable</source>
        <translation>能连上服务器时在后台自动同步</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Sent %1 changes, received %2.</source>
        <translation>已发送 %1 条修改，已接收 %2 条。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changes were refused by the server.</source>
        <translation>有 %1 条修改被服务器拒绝。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some data differs from the server; it is repaired next time.</source>
        <translation>部分数据与服务器不一致，下次同步时修复。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop was behind the county server (put back from a backup or a copied folder). It was re-based: %1 changes not yet on the server were sent under new numbers and its earlier work was fetched back. Nothing was lost.</source>
        <translation>本机的数据落后于县服务器（从备份或复制的文件夹恢复过）。已重新对齐：%1 条尚未上传的修改已用新编号发送，本机之前的工作已从服务器取回。没有丢失任何内容。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
</context>
<context>
    <name>SyncText</name>
    <message>
        <location filename="../ui/subei_ui/sync_runner.py" line="+29"/>
        <source>The county server cannot be reached. Your changes stay on this laptop and are sent at the next sync.</source>
        <translation>无法连接县级服务器。您的修改保存在本机，下次同步时发送。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop is not registered with the county server yet.</source>
        <translation>这台电脑尚未在县级服务器注册。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop has been withdrawn by the county. Contact the county office.</source>
        <translation>这台电脑已被县里收回授权，请联系县级管理部门。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The county server does not know this laptop. Register it again.</source>
        <translation>县级服务器不认识这台电脑，请重新注册。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The county server did not accept this laptop&apos;s key. Register it again.</source>
        <translation>县级服务器不接受这台电脑的密钥，请重新注册。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The laptop&apos;s clock is wrong. Set the date and time, then sync again.</source>
        <translation>电脑时钟不准。请设置日期和时间后再同步。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registration code is wrong, used or expired.</source>
        <translation>注册码错误、已使用或已过期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The registration was refused. Try again.</source>
        <translation>注册被拒绝，请重试。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The county server is busy. Try again in a minute.</source>
        <translation>县级服务器繁忙，请一分钟后再试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync cancelled. Nothing was lost; the next sync continues.</source>
        <translation>同步已取消。没有丢失任何数据，下次同步会继续。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the server address, e.g. https://county.example/</source>
        <translation>请输入服务器地址，例如 https://county.example/</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the registration code.</source>
        <translation>请输入注册码。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update needed: this program is too old for the county server. Install the update from the county, then sync again. Nothing was lost.</source>
        <translation>需要更新：本程序版本过旧，县服务器已不再接受。请安装县里提供的更新后再同步。数据没有丢失。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is demo data: it can never be registered or synced with the county. Use a new data folder for real work.</source>
        <translation>这是演示数据：永远不能注册到县中心或同步。正式工作请使用新的数据文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has no user yet, so its data is not encrypted. Create the first user, then register the laptop.</source>
        <translation type="unfinished">这台电脑还没有用户，数据没有加密。请先创建第一个用户，再注册这台电脑。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This laptop has no county recovery key, so the county could not recover its work if it were lost. Set up the county key, then register the laptop.</source>
        <translation type="unfinished">这台电脑没有县中心恢复密钥，丢失时县里无法找回其中未同步的工作。请先设置县中心密钥，再注册这台电脑。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This laptop was put back from a backup and the county server could not take it back in step. Nothing was sent or lost: your work stays on this laptop. Contact the county office.</source>
        <translation>本机是从备份恢复的，县服务器无法与它重新对齐。没有发送也没有丢失任何内容：您的工作仍保存在本机。请联系县中心。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sync failed (%1).</source>
        <translation>同步失败（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Its data on this laptop has been erased. Lost: %1 unsent changes and %2 attachments not yet sent.</source>
        <translation type="unfinished">这台电脑上的数据已被清除。丢失：%1 条未发送的修改和 %2 个未发送的附件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its key was deleted, but this laptop&apos;s data was not encrypted and stays readable on its disk (%1 unsent changes, %2 attachments not yet sent). Have the disk erased.</source>
        <translation type="unfinished">设备密钥已删除，但这台电脑的数据没有加密，仍可从硬盘上读取（%1 条未发送的修改，%2 个未发送的附件）。请将硬盘擦除。</translation>
    </message>
</context>
<context>
    <name>UsbBundle</name>
    <message>
        <location filename="../ui/subei_ui/usb_bundle.py" line="+19"/>
        <source>The stick could not be written. Try another stick or folder.</source>
        <translation>无法写入U盘。请换一个U盘或文件夹。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was read back from the stick differs from what was written. Do not use this stick; try another.</source>
        <translation>从U盘读回的内容与写入的不一致。请勿使用此U盘，换一个再试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This laptop has no county keys yet: register it with the server first.</source>
        <translation>本机尚无县级密钥：请先向服务器登记本机。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This laptop is not registered with the county server yet.</source>
        <translation>这台电脑尚未在县级服务器注册。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is demo data: it can never be written to a USB bundle for the county.</source>
        <translation>这是演示数据：永远不能写入发往县中心的 USB 数据包。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bundle %1 with %2 changes written to %3 and checked.

It is safe to remove the USB stick. The changes stay queued here until the county&apos;s receipt comes back.</source>
        <translation>数据包 %1（含 %2 条变更）已写入 %3 并校验无误。

现在可以安全拔出U盘。在县里的回执返回之前，这些变更仍在本机排队。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The bundle was not written (%1).</source>
        <translation>数据包未写入（%1）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It also carries %1 attachments (photos, signatures).</source>
        <translation>另含 %1 个附件（照片、签名）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 attachments did not fit under the bundle size limit: write another bundle to carry them.</source>
        <translation>%1 个附件未能放入本数据包（超过大小上限）：请再写一个数据包带走它们。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Write to USB stick</source>
        <translation>写入U盘</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../ui/subei_ui/vocabulary.py" line="+14"/>
        <source>Head of household</source>
        <translation>户主</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spouse</source>
        <translation>配偶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son</source>
        <translation>儿子</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daughter</source>
        <translation>女儿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Father</source>
        <translation>父亲</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mother</source>
        <translation>母亲</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Daughter-in-law</source>
        <translation>儿媳</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Son-in-law</source>
        <translation>女婿</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grandchild</source>
        <translation>孙子女</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sibling</source>
        <translation>兄弟姐妹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not given</source>
        <translation>未填</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Spring</source>
        <translation>春季</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summer</source>
        <translation>夏季</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Autumn</source>
        <translation>秋季</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Winter</source>
        <translation>冬季</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sheep</source>
        <translation>绵羊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Goats</source>
        <translation>山羊</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yaks</source>
        <translation>牦牛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cattle</source>
        <translation>黄牛</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Horses</source>
        <translation>马</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camels</source>
        <translation>骆驼</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mongolian</source>
        <translation>蒙古语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Chinese</source>
        <translation>汉语</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mongolian and Chinese</source>
        <translation>蒙汉双语</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Received</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Materials complete</source>
        <translation>材料齐全</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已报送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>未批准</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>已送达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mediating</source>
        <translation>调解中</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement signed</source>
        <translation>已签协议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Performed</source>
        <translation>已履行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Service request</source>
        <translation>办事申请</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mediation case</source>
        <translation>调解案件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activity or visit</source>
        <translation>活动或走访</translation>
    </message>
</context>
<context>
    <name>_CasePanel</name>
    <message>
        <location filename="../ui/subei_ui/screens/mediation_visits.py" line="-73"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
</context>
<context>
    <name>_Unavailable</name>
    <message>
        <location filename="../ui/subei_ui/screens/__init__.py" line="+44"/>
        <source>This screen is not available in this build (%1).</source>
        <translation>此版本中该功能不可用（%1）。</translation>
    </message>
</context>
</TS>
