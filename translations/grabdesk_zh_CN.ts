<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppraisalSheet</name>
    <message>
        <source>Quarterly appraisal %1 — %2</source>
        <translation>%1 季度考核 — %2</translation>
    </message>
    <message>
        <source>%1 to %2 (team time) · KPIs frozen %3 · rule version %4</source>
        <translation>%1 至 %2（团队时区）· KPI 冻结于 %3 · 规则版本 %4</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>not approved yet</source>
        <translation>尚未审批</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>KPIs of the quarter</source>
        <translation>本季度 KPI</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <source>KPI score: %1</source>
        <translation>KPI 得分：%1</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <source>Score (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Final score and grade</source>
        <translation>最终得分与等级</translation>
    </message>
    <message>
        <source>%1 · grade %2</source>
        <translation>%1 · 等级 %2</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>奖惩决定</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <source>Violations of the quarter (%1):</source>
        <translation>本季度违规（%1 次）：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>violation type (severity)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>订单 #%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Appraisal</source>
        <translation>考核表</translation>
    </message>
    <message>
        <source>Could not make a scratch folder for the PDF: %1</source>
        <translation>无法为 PDF 创建临时文件夹：%1</translation>
    </message>
    <message>
        <source>Could not draw the sheet as a PDF.</source>
        <translation>无法将考核表生成为 PDF。</translation>
    </message>
</context>
<context>
    <name>BoardActions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation>（%1）</translation>
    </message>
    <message>
        <source>Order #%1 was not dispatched</source>
        <translation>订单 #%1 未能分单</translation>
    </message>
    <message>
        <source>Order #%1 dispatched to %2 (score %3): %4.</source>
        <translation>订单 #%1 已分给 %2（得分 %3）：%4。</translation>
    </message>
    <message>
        <source>Runner-up: %1 (%2).</source>
        <translation>次优人选：%1（%2）。</translation>
    </message>
    <message>
        <source>Order #%1 was not assigned</source>
        <translation>订单 #%1 未能指派</translation>
    </message>
    <message>
        <source>Order #%1 assigned to %2.</source>
        <translation>订单 #%1 已指派给 %2。</translation>
    </message>
    <message>
        <source>Order #%1 was not released</source>
        <translation>订单 #%1 未能退回抢单池</translation>
    </message>
    <message>
        <source>Order #%1 is back in the pool.</source>
        <translation>订单 #%1 已退回抢单池。</translation>
    </message>
    <message>
        <source>Say why order #%1 is cancelled: the reason goes into the audit trail.</source>
        <translation>请说明取消订单 #%1 的原因：原因会记入审计记录。</translation>
    </message>
    <message>
        <source>Order #%1 was not cancelled</source>
        <translation>订单 #%1 未能取消</translation>
    </message>
    <message>
        <source>Order #%1 cancelled: %2</source>
        <translation>订单 #%1 已取消：%2</translation>
    </message>
    <message>
        <source>Order #%1 was not restricted</source>
        <translation>订单 #%1 未能设置限制</translation>
    </message>
    <message>
        <source>Order #%1 is open to everyone again.</source>
        <translation>订单 #%1 已对所有人开放。</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message numerus="yes">
        <source>%n named grabber(s)</source>
        <translation>
            <numerusform>%n 名指定抢单员</numerusform>
        </translation>
    </message>
    <message>
        <source>Order #%1 restricted to %2.</source>
        <translation>订单 #%1 已限定给 %2。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Order #%1 published as %2: %3.</source>
        <translation>订单 #%1 已发布为 %2：%3。</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>dashboard-%1-%2-%3.csv</source>
        <comment>a file name</comment>
        <translation>数据看板-%1-%2-%3.csv</translation>
    </message>
</context>
<context>
    <name>DashboardReader</name>
    <message>
        <source>This figure has no list of orders.</source>
        <translation>这个指标没有对应的订单明细。</translation>
    </message>
</context>
<context>
    <name>DatabaseChoice</name>
    <message>
        <source>The default database set in Preferences, %1, was not found, so GrabDesk opened %2. Check the file, or choose another in Edit ▸ Preferences.</source>
        <translation>首选项中设置的默认数据库 %1 不存在，GrabDesk 已改为打开 %2。请检查该文件，或在“编辑 ▸ 首选项”中另选一个。</translation>
    </message>
    <message>
        <source>The default database set in Preferences, %1, could not be opened (%2), so GrabDesk opened %3.</source>
        <translation>首选项中设置的默认数据库 %1 无法打开（%2），GrabDesk 已改为打开 %3。</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>VIP</source>
        <comment>customer tier</comment>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>customer tier</comment>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Regular</source>
        <comment>customer tier</comment>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>junior</source>
        <comment>grabber level</comment>
        <translation>初级</translation>
    </message>
    <message>
        <source>senior</source>
        <comment>grabber level</comment>
        <translation>高级</translation>
    </message>
    <message>
        <source>lead</source>
        <comment>grabber level</comment>
        <translation>组长</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>grabber status</comment>
        <translation>在岗</translation>
    </message>
    <message>
        <source>On leave</source>
        <comment>grabber status</comment>
        <translation>休假中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <comment>grabber status</comment>
        <translation>已停用</translation>
    </message>
    <message>
        <source>%1 s</source>
        <comment>seconds</comment>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <comment>minutes</comment>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <comment>hours and minutes</comment>
        <translation>%1小时%2分钟</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <comment>days and hours</comment>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <source>passed</source>
        <comment>a deadline</comment>
        <translation>已截止</translation>
    </message>
    <message>
        <source>You are on leave</source>
        <translation>你在休假中</translation>
    </message>
    <message>
        <source>You are suspended</source>
        <translation>你已被停用</translation>
    </message>
    <message>
        <source>Only for named grabbers</source>
        <translation>仅限指定抢单员</translation>
    </message>
    <message>
        <source>Only for %1 and above</source>
        <translation>仅限%1及以上</translation>
    </message>
    <message>
        <source>Reserved for %1 and above</source>
        <translation>预留给%1及以上</translation>
    </message>
    <message>
        <source>Reclaimed from you: cool-down</source>
        <translation>刚从你这里回收：冷却中</translation>
    </message>
    <message>
        <source>Dispatch only</source>
        <translation>仅限分单</translation>
    </message>
    <message>
        <source>Grab deadline passed</source>
        <translation>抢单截止时间已过</translation>
    </message>
    <message>
        <source>Outside the grab window</source>
        <translation>不在抢单时段内</translation>
    </message>
    <message>
        <source>Daily cap reached</source>
        <translation>已达每日上限</translation>
    </message>
    <message>
        <source>Workload cap reached</source>
        <translation>在手订单已达上限</translation>
    </message>
</context>
<context>
    <name>EventDescriber</name>
    <message>
        <source>nobody</source>
        <translation>无人</translation>
    </message>
    <message>
        <source>grabber #%1</source>
        <translation>抢单员 #%1</translation>
    </message>
    <message>
        <source>%1 grabbed %2</source>
        <translation>%1 抢到了 %2</translation>
    </message>
    <message>
        <source>%1 lost the race for %2</source>
        <translation>%1 没抢到 %2</translation>
    </message>
    <message>
        <source>Already taken by %1.</source>
        <translation>已被 %1 抢走。</translation>
    </message>
    <message>
        <source>%1 was refused %2: %3</source>
        <translation>%1 抢 %2 被拒：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 could not be dispatched: %2</source>
        <translation>%1 未能分单：%2</translation>
    </message>
    <message>
        <source>%1 released by %2 back to the pool</source>
        <translation>%1 被 %2 退回抢单池</translation>
    </message>
    <message>
        <source>%1 won %2</source>
        <translation>%1 的 %2 成交了</translation>
    </message>
    <message>
        <source>%1 lost %2</source>
        <translation>%1 的 %2 未成交</translation>
    </message>
    <message>
        <source>%1 published</source>
        <translation>%1 已发布</translation>
    </message>
    <message>
        <source>%1 cancelled by %2</source>
        <translation>%1 被 %2 取消</translation>
    </message>
    <message>
        <source>%1 expired unclaimed</source>
        <translation>%1 无人抢单，已过期</translation>
    </message>
    <message>
        <source>%1 escalated: eligibility widened</source>
        <translation>%1 已告警：放宽抢单资格</translation>
    </message>
    <message>
        <source>Rules changed by %1 (version %2)</source>
        <translation>%1 修改了规则（第 %2 版）</translation>
    </message>
    <message>
        <source>Violation by %1: %2</source>
        <translation>%1 违规：%2</translation>
    </message>
    <message>
        <source>%1 restricted by %2</source>
        <translation>%1 被 %2 设置了限制</translation>
    </message>
    <message>
        <source>%1 could not assign %2 to %3: %4</source>
        <translation>%1 未能把 %2 指派给 %3：%4</translation>
    </message>
    <message>
        <source>%1 followed up %2</source>
        <translation>%1 跟进了 %2</translation>
    </message>
    <message>
        <source>Feedback on %1</source>
        <translation>%1 收到客户反馈</translation>
    </message>
    <message>
        <source>Training “%1” recorded for %2</source>
        <translation>已为 %2 记录培训“%1”</translation>
    </message>
    <message>
        <source>Training “%1” planned for %2</source>
        <translation>已为 %2 安排培训“%1”</translation>
    </message>
    <message>
        <source>%1 passed “%2”</source>
        <translation>%1 通过了“%2”</translation>
    </message>
    <message>
        <source>%1 did not pass “%2”</source>
        <translation>%1 未通过“%2”</translation>
    </message>
    <message>
        <source>Training “%1” of %2 changed</source>
        <translation>%2 的培训“%1”有变更</translation>
    </message>
    <message>
        <source>Due by %1.</source>
        <translation>截止日期：%1。</translation>
    </message>
    <message>
        <source>Weekly meeting noted: %1</source>
        <translation>已记录周例会：%1</translation>
    </message>
    <message>
        <source>One-to-one with %1 noted: %2</source>
        <translation>已记录与 %1 的一对一面谈：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n action item(s).</source>
        <translation>
            <numerusform>%n 项待办事项。</numerusform>
        </translation>
    </message>
    <message>
        <source>Action item for %1: %2</source>
        <translation>%1 的待办事项：%2</translation>
    </message>
    <message>
        <source>Action item done by %1: %2</source>
        <translation>%1 完成了待办事项：%2</translation>
    </message>
    <message>
        <source>Action item reopened for %1: %2</source>
        <translation>%1 的待办事项已重新打开：%2</translation>
    </message>
    <message>
        <source>%1 needs a follow-up by %2 soon, or it is reclaimed</source>
        <translation>%1 需要 %2 尽快跟进，否则会被回收</translation>
    </message>
    <message>
        <source>%1 joined the team</source>
        <translation>%1 加入了团队</translation>
    </message>
    <message>
        <source>%1&apos;s details changed by %2</source>
        <translation>%2 修改了 %1 的资料</translation>
    </message>
    <message>
        <source>New customer: %1</source>
        <translation>新客户：%1</translation>
    </message>
    <message>
        <source>Quarterly review changed by %1</source>
        <translation>%1 修改了季度考核</translation>
    </message>
    <message>
        <source>Quarterly review %1 changed by %2</source>
        <translation>%2 修改了 %1 季度考核</translation>
    </message>
    <message>
        <source>New customer (name erased on request)</source>
        <translation>新客户（姓名已应要求删除）</translation>
    </message>
    <message>
        <source>on the customer&apos;s request (PIPL)</source>
        <translation>应客户要求（《个人信息保护法》）</translation>
    </message>
    <message>
        <source>Customer #%1&apos;s personal data erased by %2: %3</source>
        <translation>客户 #%1 的个人信息已由 %2 删除：%3</translation>
    </message>
    <message>
        <source>Review %1 created by %2</source>
        <translation>%2 创建了考核 %1</translation>
    </message>
    <message>
        <source>Review %1 opened by %2: the KPIs are frozen</source>
        <translation>%2 开启了考核 %1：KPI 已冻结</translation>
    </message>
    <message>
        <source>Review %1 back to scoring (%2)</source>
        <translation>考核 %1 退回评分（%2）</translation>
    </message>
    <message>
        <source>Review %1 approved by %2</source>
        <translation>考核 %1 已由 %2 审批</translation>
    </message>
    <message>
        <source>Review %1 locked by %2: nothing in it can change</source>
        <translation>%2 锁定了考核 %1：其中内容不能再改</translation>
    </message>
    <message>
        <source>%1 scored in review %2 by %3</source>
        <translation>%3 在考核 %2 中为 %1 评分</translation>
    </message>
    <message>
        <source>Decision for %1 in review %2 by %3</source>
        <translation>%3 在考核 %2 中为 %1 做出决定</translation>
    </message>
    <message>
        <source>Decision for %1 removed from review %2 by %3</source>
        <translation>%3 从考核 %2 中删除了 %1 的决定</translation>
    </message>
    <message>
        <source>Review %1: scoring settings changed by %2</source>
        <translation>考核 %1：%2 修改了评分设置</translation>
    </message>
    <message>
        <source>%1 assigned to %2: %3</source>
        <comment>the manager, the grabber, the order</comment>
        <translation>%1 指派给 %2：%3</translation>
    </message>
    <message>
        <source>Dispatched to %1: %2 — %3</source>
        <comment>the grabber, the order, why</comment>
        <translation>已分给 %1：%2 — %3</translation>
    </message>
    <message>
        <source>Reclaimed from %1: %2 — %3</source>
        <comment>the grabber, the order, why</comment>
        <translation>从 %1 处回收：%2 — %3</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1秒</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1分钟</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <comment>hours and minutes</comment>
        <translation>%1小时%2分</translation>
    </message>
    <message>
        <source>%1 d</source>
        <comment>whole days</comment>
        <translation>%1天</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1天%2小时</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>%1后</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>超时%1</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Key</source>
        <comment>customer tier</comment>
        <translation>重点客户</translation>
    </message>
    <message>
        <source>Regular</source>
        <comment>customer tier</comment>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Lead</source>
        <comment>grabber level</comment>
        <translation>组长</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在岗</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>order state</comment>
        <translation>待抢</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>the grabber is on leave</source>
        <translation>抢单员在休假</translation>
    </message>
    <message>
        <source>the grabber is suspended</source>
        <translation>抢单员已被停用</translation>
    </message>
    <message>
        <source>the order is only for named grabbers</source>
        <translation>该订单仅限指定抢单员</translation>
    </message>
    <message>
        <source>the order needs a higher level</source>
        <translation>该订单要求更高级别</translation>
    </message>
    <message>
        <source>this priority is reserved for a higher level</source>
        <translation>该优先级预留给更高级别</translation>
    </message>
    <message>
        <source>the grab deadline has passed</source>
        <translation>抢单截止时间已过</translation>
    </message>
    <message>
        <source>outside the grab window</source>
        <translation>不在抢单时段内</translation>
    </message>
    <message>
        <source>daily cap reached</source>
        <translation>已达每日上限</translation>
    </message>
    <message>
        <source>open workload at its cap</source>
        <translation>在手订单已达上限</translation>
    </message>
    <message>
        <source>cooling down after a reclaim</source>
        <translation>回收后冷却中</translation>
    </message>
    <message>
        <source>orders are dispatched, not grabbed</source>
        <translation>当前只分单，不抢单</translation>
    </message>
    <message>
        <source>no grabber is eligible</source>
        <translation>没有符合条件的抢单员</translation>
    </message>
    <message>
        <source>already taken</source>
        <translation>已被抢走</translation>
    </message>
    <message>
        <source>already closed as won</source>
        <translation>已结单（成交）</translation>
    </message>
    <message>
        <source>already closed as lost</source>
        <translation>已结单（未成交）</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>no follow-up in time</source>
        <translation>未按时跟进</translation>
    </message>
    <message>
        <source>grab attempts over the cap</source>
        <translation>抢单次数超出上限</translation>
    </message>
    <message>
        <source>grab attempts faster than a person</source>
        <translation>抢单速度快于常人</translation>
    </message>
    <message>
        <source>skill match</source>
        <translation>技能匹配</translation>
    </message>
    <message>
        <source>region match</source>
        <translation>区域匹配</translation>
    </message>
    <message>
        <source>spare workload</source>
        <translation>在手订单少</translation>
    </message>
    <message>
        <source>win rate in this segment</source>
        <translation>该类订单成功率</translation>
    </message>
    <message>
        <source>customer satisfaction</source>
        <translation>客户满意度</translation>
    </message>
    <message>
        <source>the manager&apos;s choice</source>
        <translation>主管指定</translation>
    </message>
    <message>
        <source>Past its grab deadline.</source>
        <translation>已过抢单截止时间。</translation>
    </message>
    <message>
        <source>Nobody grabbed it in time: due for dispatch.</source>
        <translation>无人按时抢单：待分单。</translation>
    </message>
    <message>
        <source>Most of its time to the deadline has gone.</source>
        <translation>离截止时间已过去大半。</translation>
    </message>
    <message>
        <source>Waiting long enough that the level reservation is lifted.</source>
        <translation>等待时间已够长，级别预留已解除。</translation>
    </message>
    <message>
        <source>Half of its time to the deadline has gone.</source>
        <translation>离截止时间已过去一半。</translation>
    </message>
    <message>
        <source>Morning peak</source>
        <comment>the default rules&apos; first grab window</comment>
        <translation>早高峰</translation>
    </message>
    <message>
        <source>Day</source>
        <comment>the default rules&apos; daytime grab window</comment>
        <translation>白天</translation>
    </message>
    <message>
        <source>no follow-up</source>
        <translation>未跟进</translation>
    </message>
    <message>
        <source>over the cap</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <source>restricted order</source>
        <translation>抢受限订单</translation>
    </message>
    <message>
        <source>too-fast attempts</source>
        <translation>抢单过快</translation>
    </message>
    <message>
        <source>customer complaint</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <source>low</source>
        <comment>violation severity</comment>
        <translation>轻微</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>violation severity</comment>
        <translation>一般</translation>
    </message>
    <message>
        <source>high</source>
        <comment>violation severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <source>Manager</source>
        <comment>who did it: the manager at this desktop</comment>
        <translation>主管</translation>
    </message>
    <message>
        <source>grabctl (command line)</source>
        <translation>命令行 grabctl</translation>
    </message>
    <message>
        <source>Rules service</source>
        <comment>who did it: the rules&apos; timers</comment>
        <translation>规则服务</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>演示数据</translation>
    </message>
</context>
<context>
    <name>KpiFigure</name>
    <message>
        <source>Click to list these orders.</source>
        <translation>点击查看这些订单。</translation>
    </message>
    <message>
        <source>Click to list the closed orders it is worked out from.</source>
        <translation>点击查看计算所依据的结单订单。</translation>
    </message>
    <message>
        <source>Click to list the grab attempts it is worked out from.</source>
        <translation>点击查看计算所依据的抢单记录。</translation>
    </message>
    <message>
        <source>Click to list the feedback scores it averages, with their comments.</source>
        <translation>点击查看参与平均的客户反馈评分及评语。</translation>
    </message>
    <message>
        <source>Click to list the won orders it adds up.</source>
        <translation>点击查看累计的成交订单。</translation>
    </message>
    <message>
        <source>Click to list the orders assigned, with how long each waited.</source>
        <translation>点击查看分配到的订单及各自的等待时长。</translation>
    </message>
    <message>
        <source>Click to list these violations.</source>
        <translation>点击查看这些违规记录。</translation>
    </message>
    <message>
        <source>Click to list the orders assigned, by grabber: the index measures how evenly they spread.</source>
        <translation>点击按抢单员查看分配到的订单：该指数衡量订单分配得是否均匀。</translation>
    </message>
    <message>
        <source>Click to list the orders held now.</source>
        <translation>点击查看当前在手订单。</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>接单量</translation>
    </message>
    <message>
        <source>Won</source>
        <comment>orders closed as won</comment>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <comment>orders closed as lost</comment>
        <translation>未成交</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <source>Hit rate</source>
        <translation>抢中率</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>响应时间中位数</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Fairness index</source>
        <translation>公平指数</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>在手订单</translation>
    </message>
    <message>
        <source>Orders assigned in the period (grabbed or dispatched), by the time of assignment.</source>
        <translation>本期分配到的订单（抢单或分单），按分配时间计。</translation>
    </message>
    <message>
        <source>Assigned orders that were closed as won in the period.</source>
        <translation>本期以成交结单的已分配订单。</translation>
    </message>
    <message>
        <source>Assigned orders that were closed as lost in the period.</source>
        <translation>本期以未成交结单的已分配订单。</translation>
    </message>
    <message>
        <source>Assigned orders taken back to the pool in the period for want of a follow-up.</source>
        <translation>本期因未跟进被回收到抢单池的已分配订单。</translation>
    </message>
    <message>
        <source>Won ÷ closed, where closed = won + lost + reclaimed in the period.</source>
        <translation>成交 ÷ 结单，结单 = 本期成交 + 未成交 + 回收。</translation>
    </message>
    <message>
        <source>(Lost + reclaimed) ÷ closed in the period (抢单失败率).</source>
        <translation>（未成交 + 回收）÷ 本期结单（抢单失败率）。</translation>
    </message>
    <message>
        <source>Grab attempts that obtained the order ÷ all grab attempts in the period.</source>
        <translation>抢到订单的抢单次数 ÷ 本期全部抢单次数。</translation>
    </message>
    <message>
        <source>Mean customer feedback score (1–5) given in the period, with the number of scores.</source>
        <translation>本期客户反馈评分（1–5）的平均值，并注明评分条数。</translation>
    </message>
    <message>
        <source>Sum of the amounts of the orders won in the period.</source>
        <translation>本期成交订单的金额合计。</translation>
    </message>
    <message>
        <source>Median time from an order&apos;s publication to its assignment, over the orders assigned in the period.</source>
        <translation>本期分配的订单从发布到分配所用时间的中位数。</translation>
    </message>
    <message>
        <source>Violations recorded in the period, automatic or by hand.</source>
        <translation>本期记录的违规，包括系统自动识别和手工登记。</translation>
    </message>
    <message>
        <source>Jain&apos;s index of volume over the active grabbers: 1 when everybody has the same volume, 1/n when one has it all.</source>
        <translation>在岗抢单员接单量的 Jain 公平指数：人人接单量相同时为 1，全部集中在一人身上时为 1/n。</translation>
    </message>
    <message>
        <source>Orders assigned and not yet closed, right now (not tied to the period).</source>
        <translation>当前已分配、尚未结单的订单（与所选时段无关）。</translation>
    </message>
    <message>
        <source>no order closed in this period</source>
        <translation>本期没有结单</translation>
    </message>
    <message>
        <source>no grab attempt in this period</source>
        <translation>本期没有抢单</translation>
    </message>
    <message>
        <source>no feedback in this period</source>
        <translation>本期没有客户反馈</translation>
    </message>
    <message>
        <source>no order assigned in this period</source>
        <translation>本期没有分配订单</translation>
    </message>
    <message>
        <source>no active grabber had any volume</source>
        <translation>在岗抢单员都没有接单</translation>
    </message>
    <message>
        <source>no figure for this period</source>
        <translation>本期没有数据</translation>
    </message>
    <message>
        <source>no order closed in the previous period</source>
        <translation>上期没有结单</translation>
    </message>
    <message>
        <source>no grab attempt in the previous period</source>
        <translation>上期没有抢单</translation>
    </message>
    <message>
        <source>no feedback in the previous period</source>
        <translation>上期没有客户反馈</translation>
    </message>
    <message>
        <source>no order assigned in the previous period</source>
        <translation>上期没有分配订单</translation>
    </message>
    <message>
        <source>no active grabber had any volume in the previous period</source>
        <translation>上期在岗抢单员都没有接单</translation>
    </message>
    <message>
        <source>no figure for the previous period</source>
        <translation>上期没有数据</translation>
    </message>
    <message>
        <source>= no change</source>
        <translation>= 持平</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
</context>
<context>
    <name>OrderConfirm</name>
    <message>
        <source>#%1 · %2 · %3 (%4)</source>
        <translation>#%1 · %2 · %3（%4）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Dispatch %1 now?</source>
        <translation>现在把 %1 分单？</translation>
    </message>
    <message>
        <source>%1

What the rules would do cannot be read now: %2</source>
        <translation>%1

现在无法读取规则将如何处理：%2</translation>
    </message>
    <message>
        <source>%1

No grabber is eligible now, so nothing will be assigned; the attempt is recorded with the reason.</source>
        <translation>%1

现在没有符合条件的抢单员，因此不会分配；这次尝试会连同原因一起记录。</translation>
    </message>
    <message>
        <source>%1

As the rules stand now it goes to %2 (score %3): %4.</source>
        <translation>%1

按现行规则，它将分给 %2（得分 %3）：%4。</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Runner-up: %1 (%2).</source>
        <translation>次选：%1（%2）。</translation>
    </message>
    <message>
        <source>To choose the grabber yourself, use Assign to… instead.</source>
        <translation>如需自己选择抢单员，请改用“指派给…”。</translation>
    </message>
</context>
<context>
    <name>PeriodText</name>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>Custom…</source>
        <comment>a period of the user&apos;s own choosing</comment>
        <translation>自定义…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>first and last day of a period</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>vs last week so far</source>
        <translation>对比上周同期</translation>
    </message>
    <message>
        <source>vs last month so far</source>
        <translation>对比上月同期</translation>
    </message>
    <message>
        <source>vs last quarter so far</source>
        <translation>对比上季度同期</translation>
    </message>
    <message>
        <source>vs the first day before</source>
        <translation>对比上一周期的首日</translation>
    </message>
    <message>
        <source>vs the first %1 days before</source>
        <translation>对比上一周期的前 %1 天</translation>
    </message>
    <message>
        <source>vs yesterday</source>
        <translation>对比昨天</translation>
    </message>
    <message>
        <source>vs last week</source>
        <translation>对比上周</translation>
    </message>
    <message>
        <source>vs last month</source>
        <translation>对比上月</translation>
    </message>
    <message>
        <source>vs last quarter</source>
        <translation>对比上季度</translation>
    </message>
    <message>
        <source>vs the day before</source>
        <translation>对比前一天</translation>
    </message>
    <message>
        <source>vs the %1 days before</source>
        <translation>对比之前 %1 天</translation>
    </message>
</context>
<context>
    <name>PreferenceValues</name>
    <message>
        <source>The default database must be a file, not a folder: %1.</source>
        <translation>默认数据库必须是一个文件，不能是文件夹：%1。</translation>
    </message>
    <message>
        <source>The folder of the default database does not exist: %1.</source>
        <translation>默认数据库所在的文件夹不存在：%1。</translation>
    </message>
    <message>
        <source>The refresh interval must be between %1 and %2 seconds.</source>
        <translation>刷新间隔必须在 %1 到 %2 秒之间。</translation>
    </message>
    <message>
        <source>Every alert threshold must be above zero (and at least one closed order).</source>
        <translation>每个预警阈值都必须大于零（已结订单至少为 1 单）。</translation>
    </message>
    <message>
        <source>The critical success-rate drop (%1 points) cannot be smaller than the drop that raises the alert (%2 points).</source>
        <translation>成功率下降的严重阈值（%1 个百分点）不能小于触发预警的阈值（%2 个百分点）。</translation>
    </message>
    <message>
        <source>The critical gap over the team&apos;s failure rate (%1 points) cannot be smaller than the gap that raises the alert (%2 points).</source>
        <translation>高出团队失败率的严重阈值（%1 个百分点）不能小于触发预警的阈值（%2 个百分点）。</translation>
    </message>
    <message>
        <source>A failure rate cannot be over 100 %.</source>
        <translation>失败率不能超过 100%。</translation>
    </message>
    <message>
        <source>The critical team failure rate (%1) cannot be lower than the rate that raises the alert (%2).</source>
        <translation>团队失败率的严重阈值（%1）不能低于触发预警的阈值（%2）。</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <source>Draft</source>
        <comment>review state</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>review state</comment>
        <translation>评分中</translation>
    </message>
    <message>
        <source>Scoring</source>
        <comment>review state</comment>
        <translation>已开始评分</translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>review state</comment>
        <translation>已审批</translation>
    </message>
    <message>
        <source>Locked</source>
        <comment>review state</comment>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>Honour or title</source>
        <translation>荣誉或称号</translation>
    </message>
    <message>
        <source>Promotion recommendation</source>
        <translation>晋升推荐</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Bonus deduction</source>
        <translation>扣减奖金</translation>
    </message>
    <message>
        <source>Reassignment</source>
        <translation>调岗</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Median response</source>
        <translation>响应时间中位数</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Sales skills</source>
        <translation>销售技巧</translation>
    </message>
    <message>
        <source>Product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <source>Bonus %1</source>
        <translation>奖金 %1</translation>
    </message>
    <message>
        <source>Honour: %1</source>
        <translation>荣誉：%1</translation>
    </message>
    <message>
        <source>Promotion recommended: %1</source>
        <translation>推荐晋升：%1</translation>
    </message>
    <message>
        <source>Training: %1 (%2, due %3)</source>
        <translation>培训：%1（%2，%3 前完成）</translation>
    </message>
    <message>
        <source>Bonus deduction %1 — reason: %2</source>
        <translation>扣减奖金 %1 — 原因：%2</translation>
    </message>
    <message>
        <source>Reassignment — reason: %1</source>
        <translation>调岗 — 原因：%1</translation>
    </message>
    <message>
        <source>Reassignment: %1 — reason: %2</source>
        <translation>调岗：%1 — 原因：%2</translation>
    </message>
    <message>
        <source>Draft: the KPIs are frozen when the cycle is opened; until then the weights, targets and grades can still change.</source>
        <translation>草稿：开启考核周期时才冻结 KPI；开启前权重、目标和等级线都还可以修改。</translation>
    </message>
    <message>
        <source>Approved by %1 on %2: scores and decisions are read-only. Withdraw the approval to change them, or lock the cycle.</source>
        <translation>已由 %1 于 %2 审批：评分和决定均为只读。如需修改请先撤回审批；确认无误可锁定本周期。</translation>
    </message>
    <message>
        <source>Locked on %1 (approved by %2): nothing in this cycle can change any more.</source>
        <translation>已于 %1 锁定（审批人：%2）：本周期的任何内容都不能再修改。</translation>
    </message>
</context>
<context>
    <name>RuleSummary</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(no day)</source>
        <translation>（未选日期）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (peak %2)</source>
        <translation>%1（高峰时段 %2）</translation>
    </message>
    <message>
        <source>never</source>
        <translation>不开放</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>Grabbing is open %1 in %2; VIP orders can be grabbed at any time.</source>
        <translation>抢单时段：%1（%2 时间）；VIP 订单随时可抢。</translation>
    </message>
    <message>
        <source>Grabbing is open %1 in %2.</source>
        <translation>抢单时段：%1（%2 时间）。</translation>
    </message>
    <message>
        <source>A junior may grab %1 orders a day, a senior %2, a lead %3, and nobody holds more than %4 open orders.</source>
        <translation>初级每天最多抢 %1 单，高级 %2 单，组长 %3 单；每人在手订单不超过 %4 单。</translation>
    </message>
    <message>
        <source>P1 orders are only for %1 grabbers and above.</source>
        <translation>P1 订单仅限%1及以上的抢单员。</translation>
    </message>
    <message>
        <source>P1–P%1 orders are only for %2 grabbers and above.</source>
        <translation>P1–P%1 订单仅限%2及以上的抢单员。</translation>
    </message>
    <message>
        <source>An order stays open for %1.</source>
        <translation>订单发布后 %1内可抢。</translation>
    </message>
    <message>
        <source>Nothing is dispatched: an order nobody grabs waits in the pool.</source>
        <translation>不分单：没人抢的订单留在抢单池。</translation>
    </message>
    <message>
        <source>There is no grabbing: every order is dispatched.</source>
        <translation>不抢单：所有订单智能分单。</translation>
    </message>
    <message>
        <source>An order nobody grabs opens to every level after %1 and is dispatched after %2 (VIP: %3 and %4).</source>
        <translation>没人抢的订单 %1后放开给所有级别，%2后智能分单（VIP 客户：%3 和 %4）。</translation>
    </message>
    <message>
        <source>An assigned order with no follow-up for %1 h goes back to the pool (warning %2 h before).</source>
        <translation>跟进中的订单 %1 小时没有跟进就回收到抢单池（提前 %2 小时预警）。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
</context>
<context>
    <name>TeamText</name>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <source>Sales skills</source>
        <translation>销售技巧</translation>
    </message>
    <message>
        <source>Product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Weekly meeting</source>
        <translation>周例会</translation>
    </message>
    <message>
        <source>One-to-one</source>
        <translation>一对一面谈</translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <translation>已逾期 · %1</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message>
        <source>Due in %1 days</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <source>Overdue: it was due on %1, %2 ago, and has not been taken yet. Mark it passed once it is done, or agree a new due date.</source>
        <translation>已逾期：应在 %1 前完成（已过去 %2），至今未参加。完成后请标记为通过，或重新约定截止日期。</translation>
    </message>
    <message>
        <source>Due soon: it must be taken by %1 and has not been taken yet.</source>
        <translation>即将到期：须在 %1 前参加，目前还未参加。</translation>
    </message>
    <message>
        <source>Taken on %1 and not passed: plan it again if it matters.</source>
        <translation>已于 %1 参加但未通过：如有必要，请重新安排。</translation>
    </message>
    <message>
        <source>Overdue: %1 was to do this by %2, %3 ago, and it is still open. Tick it when it is done.</source>
        <translation>已逾期：%1 应在 %2 前完成（已过去 %3），目前仍未完成。完成后请勾选。</translation>
    </message>
    <message>
        <source>Due soon: %1 is to do this by %2.</source>
        <translation>即将到期：%1 须在 %2 前完成。</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Taken, no result</source>
        <translation>已参加，暂无结果</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>From a review</source>
        <translation>来自季度考核</translation>
    </message>
    <message>
        <source>From review %1</source>
        <translation>来自季度考核 %1</translation>
    </message>
</context>
<context>
    <name>grab</name>
    <message>
        <source>The values look like phone numbers, which GrabDesk does not keep.</source>
        <translation>这些值看起来是电话号码，GrabDesk 不保存电话号码。</translation>
    </message>
    <message>
        <source>The values are tiers (VIP, 重点, 普通).</source>
        <translation>这些值是客户等级（VIP、重点、普通）。</translation>
    </message>
    <message>
        <source>The values look like regions.</source>
        <translation>这些值看起来是区域。</translation>
    </message>
    <message>
        <source>The values are levels (初级, 高级, 组长).</source>
        <translation>这些值是级别（初级、高级、组长）。</translation>
    </message>
    <message>
        <source>The values are amounts.</source>
        <translation>这些值是金额。</translation>
    </message>
</context>
<context>
    <name>grab::AwardService</name>
    <message>
        <source>A month is written YYYY-MM.</source>
        <translation>月份请写成 YYYY-MM 格式。</translation>
    </message>
</context>
<context>
    <name>grab::DashboardAlerts</name>
    <message>
        <source>The team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>%1: success rate %2 in %3 (%4 closed), down %5 points from %6 in %7 (%8 closed); the alert is at %9 points.</source>
        <translation>%1：%3 成功率 %2（已结单 %4 个），比 %7 的 %6（已结单 %8 个）下降 %5 个百分点；预警线为 %9 个百分点。</translation>
    </message>
    <message>
        <source>%1 lost and %2 reclaimed of %3 closed</source>
        <translation>已结单 %3 个，其中未成交 %1 个、已回收 %2 个</translation>
    </message>
    <message>
        <source>The team: failure rate %1 in %2 (%3); the alert is at %4.</source>
        <translation>团队：%2 失败率 %1（%3）；预警线为 %4。</translation>
    </message>
    <message>
        <source>%1: failure rate %2 in %3 (%4), %5 points above the team&apos;s %6; the alert is at %7 points above the team.</source>
        <translation>%1：%3 失败率 %2（%4），比团队的 %6 高 %5 个百分点；预警线为高出团队 %7 个百分点。</translation>
    </message>
    <message>
        <source>%1 holds %2 open orders, over the cap of %3: new grabs and dispatches are refused.</source>
        <translation>%1 在手订单 %2 个，超过上限 %3 个：新的抢单和分单都会被拒。</translation>
    </message>
    <message>
        <source>%1 holds %2 open orders, at the cap of %3: new grabs and dispatches are refused until one closes.</source>
        <translation>%1 在手订单 %2 个，已达上限 %3 个：在有订单结单之前，新的抢单和分单都会被拒。</translation>
    </message>
    <message>
        <source>%1 has %2 violations in the last %3 days; the rules escalate at %4 within %3 days.</source>
        <translation>%1 近 %3 天有 %2 次违规；规则规定 %3 天内达到 %4 次即告警。</translation>
    </message>
    <message>
        <source>%1 VIP order is starving in the pool (due for dispatch, or past 80 % of the time to the grab deadline); the longest has waited %2 min.</source>
        <translation>抢单池里有 %1 个 VIP 订单久无人抢（已到分单时间，或已过抢单截止时间的 80%）；最久的已等了 %2 分钟。</translation>
    </message>
    <message>
        <source>%1 VIP orders are starving in the pool (due for dispatch, or past 80 % of the time to the grab deadline); the longest has waited %2 min.</source>
        <translation>抢单池里有 %1 个 VIP 订单久无人抢（已到分单时间，或已过抢单截止时间的 80%）；最久的已等了 %2 分钟。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <comment>a percentage</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>grab::DashboardService</name>
    <message>
        <source>A period needs a start date before its end date.</source>
        <translation>时间段的开始日期必须早于结束日期。</translation>
    </message>
</context>
<context>
    <name>grab::Database</name>
    <message>
        <source>No database path was given.</source>
        <translation>没有指定数据库路径。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: the folder %2 does not exist.</source>
        <translation>无法打开数据库 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: it is a folder.</source>
        <translation>无法打开数据库 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <source>There is no database at %1. Create one with &quot;grabctl init&quot; or &quot;grabctl demo&quot;.</source>
        <translation>%1 处没有数据库。可用“grabctl init”或“grabctl demo”创建。</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a GrabDesk database. Create one with &quot;grabctl init&quot;.</source>
        <translation>%1 是空文件，不是 GrabDesk 数据库。可用“grabctl init”创建。</translation>
    </message>
    <message>
        <source>The database %1 is read-only: GrabDesk needs to write to it.</source>
        <translation>数据库 %1 是只读的：GrabDesk 需要写入权限。</translation>
    </message>
    <message>
        <source>%1 is an SQLite file, but not a GrabDesk database; it was left untouched.</source>
        <translation>%1 是 SQLite 文件，但不是 GrabDesk 数据库；文件未做任何改动。</translation>
    </message>
    <message>
        <source>%1 was written by a newer GrabDesk (schema %2; this version reads up to %3). Update GrabDesk; the file was left untouched.</source>
        <translation>%1 由更新版本的 GrabDesk 写入（数据库结构第 %2 版；本版本最高支持第 %3 版）。请升级 GrabDesk；文件未做任何改动。</translation>
    </message>
    <message>
        <source>Migrating %1 to schema %2 would break %3 references between its records; the file was left as it was.</source>
        <translation>将 %1 迁移到结构版本 %2 会破坏其记录之间的 %3 处引用；文件保持原样。</translation>
    </message>
    <message>
        <source>The disk is full: GrabDesk cannot open %1 until some space is freed on it.</source>
        <translation>磁盘已满：在释放一些空间之前，GrabDesk 无法打开 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>无法创建 %1：%2。</translation>
    </message>
    <message>
        <source>%1 is on a read-only disk with commits still in its -wal file, which cannot be read there; copy both files to a writable folder.</source>
        <translation>%1 位于只读磁盘上，且其 -wal 文件中仍有已提交的数据，在那里无法读取；请将这两个文件复制到可写的文件夹。</translation>
    </message>
    <message>
        <source>%1 was written by an older GrabDesk and must be upgraded before it can be read, but it is read-only. Open a writable copy.</source>
        <translation>%1 由旧版 GrabDesk 写入，需要升级后才能读取，但它是只读的。请打开一个可写的副本。</translation>
    </message>
    <message>
        <source>%1 holds tables, but is not a GrabDesk database; it was left untouched.</source>
        <translation>%1 中已有数据表，但不是 GrabDesk 数据库；未作任何改动。</translation>
    </message>
    <message>
        <source>%1 is an empty database, not yet a GrabDesk one. Create GrabDesk&apos;s tables in it with &quot;grabctl --db %1 init&quot;.</source>
        <translation>%1 是空数据库，还不是 GrabDesk 数据库。请用“grabctl --db %1 init”在其中创建 GrabDesk 的数据表。</translation>
    </message>
    <message>
        <source>The login %1 may not create databases on %2: ask the server&apos;s administrator to run &quot;createdb -O %1 %3&quot; there, then run this again.</source>
        <translation>登录名 %1 无权在 %2 上创建数据库：请服务器管理员在那里运行“createdb -O %1 %3”，然后再运行一次。</translation>
    </message>
</context>
<context>
    <name>grab::DatabaseLocation</name>
    <message>
        <source>No database was given: a file&apos;s path or a postgresql:// address.</source>
        <translation>未指定数据库：请给出文件路径或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>&quot;%1://&quot; is not a database GrabDesk knows: give a file&apos;s path, or a postgresql:// address.</source>
        <translation>“%1://”不是 GrabDesk 支持的数据库：请给出文件路径或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>A password does not belong in the address: it would show in the process list and the settings. Use ~/.pgpass (mode 0600), the PGPASSWORD variable, or peer or certificate sign-in.</source>
        <translation>地址中不能包含密码：它会出现在进程列表和设置文件里。请使用 ~/.pgpass（权限 0600）、PGPASSWORD 环境变量，或 peer、证书方式登录。</translation>
    </message>
    <message>
        <source>The user name in the address is not well encoded: %1</source>
        <translation>地址中的用户名编码有误：%1</translation>
    </message>
    <message>
        <source>GrabDesk connects to one server: give one host, not %1.</source>
        <translation>GrabDesk 只连接一台服务器：请给出一个主机，而不是 %1。</translation>
    </message>
    <message>
        <source>The IPv6 address in %1 has no closing bracket.</source>
        <translation>%1 中的 IPv6 地址缺少右方括号。</translation>
    </message>
    <message>
        <source>Only a port may follow the IPv6 address in %1.</source>
        <translation>%1 中的 IPv6 地址之后只能跟端口。</translation>
    </message>
    <message>
        <source>The host in the address is not well encoded: %1</source>
        <translation>地址中的主机编码有误：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port: a port is a number from 1 to 65535.</source>
        <translation>“%1”不是端口：端口是 1 到 65535 之间的数字。</translation>
    </message>
    <message>
        <source>The database name in the address is not well encoded: %1</source>
        <translation>地址中的数据库名编码有误：%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the address is not a name=value parameter.</source>
        <translation>地址中的“%1”不是 名称=值 形式的参数。</translation>
    </message>
    <message>
        <source>The address gives its %1 twice, differently.</source>
        <translation>地址中两次给出了不同的 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a connection parameter GrabDesk passes on (it knows sslmode, sslrootcert, sslcert, sslkey, sslcrl, connect_timeout, application_name, keepalives… and tcp_user_timeout).</source>
        <translation>“%1”不是 GrabDesk 会传递的连接参数（支持 sslmode、sslrootcert、sslcert、sslkey、sslcrl、connect_timeout、application_name、keepalives… 和 tcp_user_timeout）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an sslmode: disable, allow, prefer, require, verify-ca or verify-full.</source>
        <translation>“%1”不是有效的 sslmode：可选 disable、allow、prefer、require、verify-ca 或 verify-full。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>The value of %1 may not contain &apos;;&apos;.</source>
        <translation>%1 的值不能包含“;”。</translation>
    </message>
    <message>
        <source>The address names no database: write it after the host, as in postgresql://server/grabdesk.</source>
        <translation>地址中没有数据库名：请写在主机之后，例如 postgresql://server/grabdesk。</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%2 上的 %1</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>grab::DispatchScorer</name>
    <message>
        <source>the order names no skill</source>
        <translation>订单未指定技能</translation>
    </message>
    <message>
        <source>skill %1 matches</source>
        <translation>技能匹配：%1</translation>
    </message>
    <message>
        <source>no %1 skill</source>
        <translation>不具备 %1 技能</translation>
    </message>
    <message>
        <source>the order names no region</source>
        <translation>订单未指定区域</translation>
    </message>
    <message>
        <source>covers %1</source>
        <translation>负责 %1 区域</translation>
    </message>
    <message>
        <source>does not cover %1</source>
        <translation>不负责 %1 区域</translation>
    </message>
    <message>
        <source>%1 of %2 open</source>
        <translation>在手 %1/%2</translation>
    </message>
    <message>
        <source>won %1 of %2 in %3 x &gt;= %4 (smoothed %5)</source>
        <translation>%3、金额 ≥ %4 的订单成交 %1/%2（平滑后 %5）</translation>
    </message>
    <message>
        <source>no feedback yet (neutral 3.0)</source>
        <translation>暂无客户反馈（按中性 3.0 计）</translation>
    </message>
    <message>
        <source>satisfaction %1 from %2 feedback</source>
        <translation>满意度 %1（%2 条反馈）</translation>
    </message>
</context>
<context>
    <name>grab::DispatchService</name>
    <message>
        <source>grabber_on_leave</source>
        <translation>休假中</translation>
    </message>
    <message>
        <source>grabber_suspended</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>restricted_order</source>
        <translation>订单限定了抢单员</translation>
    </message>
    <message>
        <source>level_restricted</source>
        <translation>级别不够</translation>
    </message>
    <message>
        <source>level_reserved</source>
        <translation>留给更高级别</translation>
    </message>
    <message>
        <source>deadline_passed</source>
        <translation>抢单已截止</translation>
    </message>
    <message>
        <source>outside_window</source>
        <translation>不在抢单时段</translation>
    </message>
    <message>
        <source>daily_cap_reached</source>
        <translation>达到每日上限</translation>
    </message>
    <message>
        <source>workload_cap_reached</source>
        <translation>在手订单已满</translation>
    </message>
    <message>
        <source>cooldown</source>
        <translation>回收冷却期内</translation>
    </message>
    <message>
        <source>dispatch_only</source>
        <translation>只能分单</translation>
    </message>
    <message>
        <source>Order %1 is %2, not open: %3</source>
        <translation>订单 %1 状态为“%2”，不是待抢：%3</translation>
    </message>
    <message>
        <source>nobody can be given it.</source>
        <translation>无法分给任何人。</translation>
    </message>
    <message>
        <source>it cannot be assigned.</source>
        <translation>无法指派。</translation>
    </message>
    <message>
        <source>Grabber %1 is missing from the candidates for order %2.</source>
        <translation>抢单员 %1 不在订单 %2 的候选人中。</translation>
    </message>
    <message>
        <source>nothing to dispatch.</source>
        <translation>无需分单。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>how many grabbers a rule excluded, the rule&apos;s code</comment>
        <translation>%2 %1 人</translation>
    </message>
    <message>
        <source>Order %1 cannot be dispatched: the team has no grabbers.</source>
        <translation>订单 %1 无法分单：团队里还没有抢单员。</translation>
    </message>
    <message>
        <source>Order %1 cannot be dispatched: no grabber is eligible (%2).</source>
        <translation>订单 %1 无法分单：没有符合条件的抢单员（%2）。</translation>
    </message>
    <message>
        <source>Order %1 was taken meanwhile.</source>
        <translation>订单 %1 刚刚已被别人拿走。</translation>
    </message>
    <message>
        <source>The assignment&apos;s note contains a control character (%1 at position %2); a note is plain text and line breaks.</source>
        <translation>分配备注含有控制字符（第 %2 个字符 %1）；备注只能是纯文本和换行。</translation>
    </message>
</context>
<context>
    <name>grab::DrillDown</name>
    <message>
        <source>A response bucket is a number from 0 to %1.</source>
        <translation>响应时间分组须为 0 到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>An hour of the day is a number from 0 to 23.</source>
        <translation>小时须为 0 到 23 之间的数字。</translation>
    </message>
    <message>
        <source>A period needs a start date before its end date.</source>
        <translation>时间段的开始日期必须早于结束日期。</translation>
    </message>
</context>
<context>
    <name>grab::Eligibility</name>
    <message>
        <source>personal cap</source>
        <translation>个人上限</translation>
    </message>
    <message>
        <source>%1 cap</source>
        <translation>%1上限</translation>
    </message>
    <message>
        <source>%1 has taken %2 of the %3 orders allowed today (%4).</source>
        <translation>%1 今天已拿 %2 单，每日上限 %3 单（%4）。</translation>
    </message>
    <message>
        <source>%1 already holds %2 open orders; the limit is %3.</source>
        <translation>%1 已有 %2 个在手订单，上限为 %3 个。</translation>
    </message>
    <message>
        <source>VIP outside windows</source>
        <translation>抢单时段外（VIP）</translation>
    </message>
    <message>
        <source>order %1 of %2 today; %3 of %4 open</source>
        <translation>今日第 %1/%2 单；在手 %3/%4</translation>
    </message>
    <message>
        <source>Allowed in window &quot;%1&quot;; %2.</source>
        <translation>在抢单时段“%1”内允许；%2。</translation>
    </message>
    <message>
        <source>Eligible; %1.</source>
        <translation>符合条件；%1。</translation>
    </message>
    <message>
        <source>%1 is on leave and cannot grab orders.</source>
        <translation>%1 正在休假，不能抢单。</translation>
    </message>
    <message>
        <source>%1 is suspended and cannot grab orders.</source>
        <translation>%1 已停用，不能抢单。</translation>
    </message>
    <message>
        <source>Order %1 is restricted to other grabbers.</source>
        <translation>订单 %1 仅限其他抢单员。</translation>
    </message>
    <message>
        <source>Order %1 is restricted to %2 grabbers or above; %3 is %4.</source>
        <translation>订单 %1 仅限%2及以上抢单员；%3 是%4。</translation>
    </message>
    <message>
        <source>P%1 orders are reserved for %2 grabbers or above (rule: P%3 and higher); %4 is %5.</source>
        <translation>P%1 订单留给%2及以上抢单员（规则：P%3 及更高优先级）；%4 是%5。</translation>
    </message>
    <message>
        <source>Order %1 was reclaimed from %2 for lack of follow-up; %2 may take it again from %3.</source>
        <translation>订单 %1 因未及时跟进已从 %2 处回收；%2 要到 %3 之后才能再拿。</translation>
    </message>
    <message>
        <source>The team dispatches every order (dispatch mode &quot;always&quot;): orders cannot be grabbed.</source>
        <translation>团队所有订单都由系统分单（分单模式“always”）：不能抢单。</translation>
    </message>
    <message>
        <source>The grab deadline of order %1 passed at %2.</source>
        <translation>订单 %1 的抢单截止时间已于 %2 过去。</translation>
    </message>
    <message>
        <source>No grab window is open at %1 (%2).</source>
        <translation>%1（%2）不在任何抢单时段内。</translation>
    </message>
</context>
<context>
    <name>grab::ErasureService</name>
    <message>
        <source>The reason contains a control character (%1 at position %2); a reason is one line of plain text.</source>
        <translation>原因中含有控制字符（第 %2 位的 %1）；原因须为一行纯文本。</translation>
    </message>
    <message>
        <source>A reason has at most 200 characters.</source>
        <translation>原因最多 200 个字符。</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>Customer %1&apos;s personal data was already erased.</source>
        <translation>客户 %1 的个人信息已被删除过。</translation>
    </message>
</context>
<context>
    <name>grab::GrabService</name>
    <message>
        <source>Order %1 was already taken by grabber %2.</source>
        <translation>订单 %1 已被抢单员 %2 拿走。</translation>
    </message>
    <message>
        <source>Order %1 is %2, not open.</source>
        <translation>订单 %1 状态为“%2”，不是待抢。</translation>
    </message>
    <message>
        <source>Order %1 was taken by someone else.</source>
        <translation>订单 %1 已被别人拿走。</translation>
    </message>
</context>
<context>
    <name>grab::Import</name>
    <message>
        <source>a customer needs a name</source>
        <translation>客户必须有名称</translation>
    </message>
    <message>
        <source>a customer of this name already exists</source>
        <translation>已有同名客户</translation>
    </message>
    <message>
        <source>the same name is on line %1</source>
        <translation>第 %1 行已有同样的名称</translation>
    </message>
    <message>
        <source>the tier is vip, key or regular (VIP, 重点, 普通)</source>
        <translation>客户等级须为 vip、key 或 regular（VIP、重点、普通）</translation>
    </message>
    <message>
        <source>a customer needs a region</source>
        <translation>客户必须有区域</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>an order id is a positive whole number</source>
        <translation>订单号须为正整数</translation>
    </message>
    <message>
        <source>this order&apos;s feedback is already on line %1</source>
        <translation>该订单的反馈已在第 %1 行</translation>
    </message>
    <message>
        <source>there is no order %1</source>
        <translation>没有订单 %1</translation>
    </message>
    <message>
        <source>order %1 is %2: feedback is taken once an order is won or lost</source>
        <translation>订单 %1 状态为“%2”：订单成交或未成交后才能录入反馈</translation>
    </message>
    <message>
        <source>order %1 already has feedback</source>
        <translation>订单 %1 已有反馈</translation>
    </message>
    <message>
        <source>a score is a whole number from 1 to 5</source>
        <translation>评分须为 1 到 5 的整数</translation>
    </message>
    <message>
        <source>a grabber needs a name</source>
        <translation>抢单员必须有姓名</translation>
    </message>
    <message>
        <source>a grabber of this name is already in the team</source>
        <translation>团队里已有同名抢单员</translation>
    </message>
    <message>
        <source>the level is junior, senior or lead (初级, 高级, 组长)</source>
        <translation>级别须为 junior、senior 或 lead（初级、高级、组长）</translation>
    </message>
    <message>
        <source>the status is active, on_leave or suspended (在职, 休假, 停用)</source>
        <translation>状态须为 active、on_leave 或 suspended（在职、休假、停用）</translation>
    </message>
    <message>
        <source>a daily cap is a whole number, 0 or more (empty: the level&apos;s cap)</source>
        <translation>每日上限须为 0 或以上的整数（留空：按级别上限）</translation>
    </message>
    <message>
        <source>a hire date is written YYYY-MM-DD</source>
        <translation>入职日期请写成 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <source>grabbers</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Columns %1 and %2 of the header are both &quot;%3&quot;.</source>
        <translation>表头第 %1 列和第 %2 列都是“%3”。</translation>
    </message>
    <message>
        <source>The file has no &quot;%1&quot; column (%2), which %3 need.</source>
        <translation>文件缺少 %3 必需的“%1”列（%2）。</translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation>文件为空：没有表头行。</translation>
    </message>
    <message>
        <source>The header on line %1 is malformed: %2.</source>
        <translation>第 %1 行的表头格式有误：%2。</translation>
    </message>
    <message>
        <source>the row has %1 cells, the header %2</source>
        <translation>该行有 %1 个单元格，表头有 %2 个</translation>
    </message>
    <message>
        <source>an order needs a customer (an id or a name)</source>
        <translation>订单必须有客户（编号或名称）</translation>
    </message>
    <message>
        <source>there is no customer with id %1</source>
        <translation>没有编号为 %1 的客户</translation>
    </message>
    <message>
        <source>there is no customer named %1</source>
        <translation>没有名为 %1 的客户</translation>
    </message>
    <message>
        <source>%1 customers are named %2: write the customer&apos;s id instead</source>
        <translation>有 %1 个客户都叫 %2：请改填客户编号</translation>
    </message>
    <message>
        <source>an amount is yuan with at most 2 decimals, not negative (e.g. 12000.50)</source>
        <translation>金额以元为单位，最多 2 位小数，不能为负（例如 12000.50）</translation>
    </message>
    <message>
        <source>a time is ISO 8601 (2026-11-25T09:00:00+08:00) or YYYY/M/D H:MM</source>
        <translation>时间须为 ISO 8601 格式（2026-11-25T09:00:00+08:00）或 YYYY/M/D H:MM</translation>
    </message>
    <message>
        <source>an order cannot be published in the future</source>
        <translation>订单的发布时间不能晚于现在</translation>
    </message>
    <message>
        <source>a time is ISO 8601 (2026-11-25T17:00:00+08:00) or YYYY/M/D H:MM</source>
        <translation>时间须为 ISO 8601 格式（2026-11-25T17:00:00+08:00）或 YYYY/M/D H:MM</translation>
    </message>
    <message>
        <source>the grab deadline has already passed</source>
        <translation>抢单截止时间已过</translation>
    </message>
    <message>
        <source>the grab deadline is not after the publication</source>
        <translation>抢单截止时间必须晚于发布时间</translation>
    </message>
    <message>
        <source>only open orders can be imported: assignments and outcomes come from grabs and closes</source>
        <translation>只能导入待抢订单：分配和结果只能来自抢单和结单</translation>
    </message>
    <message>
        <source>the same order (customer, amount, skill, time) is on line %1</source>
        <translation>第 %1 行已有相同的订单（客户、金额、技能、时间都相同）</translation>
    </message>
    <message>
        <source>the same order (customer, amount, skill, time) is already order %1</source>
        <translation>相同的订单（客户、金额、技能、时间都相同）已存在，订单号 %1</translation>
    </message>
    <message>
        <source>the name contains a control character (%1 at position %2); names are one line of plain text</source>
        <translation>名称含有控制字符（第 %2 个字符 %1）；名称只能是一行纯文本</translation>
    </message>
    <message>
        <source>the region contains a control character (%1 at position %2); a region is one line of plain text</source>
        <translation>区域含有控制字符（第 %2 个字符 %1）；区域只能是一行纯文本</translation>
    </message>
    <message>
        <source>the team contains a control character (%1 at position %2); a team is one line of plain text</source>
        <translation>团队名称含有控制字符（第 %2 个字符 %1）；团队名称只能是一行纯文本</translation>
    </message>
    <message>
        <source>the skills contain a control character (%1 at position %2); a skill is one line of plain text</source>
        <translation>技能含有控制字符（第 %2 个字符 %1）；每项技能只能是一行纯文本</translation>
    </message>
    <message>
        <source>the regions contain a control character (%1 at position %2); a region is one line of plain text</source>
        <translation>区域含有控制字符（第 %2 个字符 %1）；每个区域只能是一行纯文本</translation>
    </message>
    <message>
        <source>the skill contains a control character (%1 at position %2); a skill is one line of plain text</source>
        <translation>技能含有控制字符（第 %2 个字符 %1）；技能只能是一行纯文本</translation>
    </message>
    <message>
        <source>the comment contains a control character (%1 at position %2); a comment is plain text and line breaks</source>
        <translation>评语含有控制字符（第 %2 个字符 %1）；评语只能是纯文本和换行</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; to map.</source>
        <translation>文件中没有要映射的列“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field of %2; the fields are %3.</source>
        <translation>“%1”不是%2的字段；字段有：%3。</translation>
    </message>
    <message>
        <source>The file has no column &quot;%1&quot; to ignore.</source>
        <translation>文件中没有要忽略的列“%1”。</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; is both mapped and ignored.</source>
        <translation>列“%1”既被映射又被忽略。</translation>
    </message>
    <message>
        <source>Column %1 of the header, &quot;%2&quot;, is not a field of %3. Map it to one of %4, or ignore it.</source>
        <translation>表头第 %1 列“%2”不是%3的字段。请把它映射到 %4 之一，或忽略该列。</translation>
    </message>
</context>
<context>
    <name>grab::Level</name>
    <message>
        <source>junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <source>senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>组长</translation>
    </message>
</context>
<context>
    <name>grab::LiveHub</name>
    <message>
        <source>The team server has not answered since %1, so nothing was changed. GrabDesk reconnects by itself: try again once the status bar says Live.</source>
        <translation>团队服务器自 %1 起没有响应，因此没有做任何更改。GrabDesk 会自动重新连接：等状态栏显示“实时”后再试。</translation>
    </message>
</context>
<context>
    <name>grab::MetricsService</name>
    <message>
        <source>A period needs a start date before its end date.</source>
        <translation>时间段的开始日期必须早于结束日期。</translation>
    </message>
    <message>
        <source>There is no grabber with id %1.</source>
        <translation>没有编号为 %1 的抢单员。</translation>
    </message>
</context>
<context>
    <name>grab::NoteService</name>
    <message>
        <source>There is no action item with id %1.</source>
        <translation>没有编号为 %1 的待办事项。</translation>
    </message>
    <message>
        <source>There is no note with id %1.</source>
        <translation>没有编号为 %1 的记录。</translation>
    </message>
    <message>
        <source>An action item needs some text: what is to be done.</source>
        <translation>待办事项需要写明要做什么。</translation>
    </message>
    <message>
        <source>The due date %1 is not a date between 2000 and 2099.</source>
        <translation>截止日期 %1 不是 2000 到 2099 年之间的日期。</translation>
    </message>
    <message>
        <source>An action item cannot be due (%1) before the meeting it came from (%2).</source>
        <translation>待办事项的截止日期（%1）不能早于会议日期（%2）。</translation>
    </message>
    <message>
        <source>An action item of a team meeting needs an owner: a grabber or a name.</source>
        <translation>团队会议的待办事项需要负责人：选一位抢单员或填写姓名。</translation>
    </message>
    <message>
        <source>A note needs a title or some text.</source>
        <translation>记录需要标题或内容。</translation>
    </message>
    <message>
        <source>A note&apos;s title has at most 200 characters.</source>
        <translation>记录标题最多 200 个字。</translation>
    </message>
    <message>
        <source>A note needs the date the meeting was held, between 2000 and 2099.</source>
        <translation>记录需要填写会议日期（2000 到 2099 年之间）。</translation>
    </message>
    <message>
        <source>A one-to-one note needs its grabber.</source>
        <translation>一对一面谈记录需要选择抢单员。</translation>
    </message>
    <message>
        <source>A note records a meeting that was held: %1 is after today (%2).</source>
        <translation>记录的是已经开过的会议：%1 晚于今天（%2）。</translation>
    </message>
    <message>
        <source>An action item&apos;s text contains a control character (%1 at position %2); it is plain text and line breaks.</source>
        <translation>待办事项的内容含有控制字符（第 %2 个字符 %1）；内容只能是纯文本和换行。</translation>
    </message>
    <message>
        <source>An action item&apos;s owner contains a control character (%1 at position %2); names are one line of plain text.</source>
        <translation>待办事项的负责人含有控制字符（第 %2 个字符 %1）；姓名只能是一行纯文本。</translation>
    </message>
    <message>
        <source>A note&apos;s title contains a control character (%1 at position %2); a title is one line of plain text.</source>
        <translation>记录标题含有控制字符（第 %2 个字符 %1）；标题只能是一行纯文本。</translation>
    </message>
    <message>
        <source>A note&apos;s text contains a control character (%1 at position %2); it is plain text and line breaks.</source>
        <translation>记录内容含有控制字符（第 %2 个字符 %1）；内容只能是纯文本和换行。</translation>
    </message>
    <message>
        <source>A note&apos;s author contains a control character (%1 at position %2); names are one line of plain text.</source>
        <translation>记录作者含有控制字符（第 %2 个字符 %1）；姓名只能是一行纯文本。</translation>
    </message>
</context>
<context>
    <name>grab::OrderService</name>
    <message>
        <source>There is no order with id %1.</source>
        <translation>没有编号为 %1 的订单。</translation>
    </message>
    <message>
        <source>Cannot %1 order %2: it is %3.</source>
        <translation>无法%1订单 %2：该订单状态为“%3”。</translation>
    </message>
    <message>
        <source>Order %1 is assigned to grabber %2, not to grabber %3.</source>
        <translation>订单 %1 分配给了抢单员 %2，而不是抢单员 %3。</translation>
    </message>
    <message>
        <source>An order amount cannot be negative.</source>
        <translation>订单金额不能为负。</translation>
    </message>
    <message>
        <source>A grab deadline must be at least one minute after publication.</source>
        <translation>抢单截止时间必须至少比发布时间晚一分钟。</translation>
    </message>
    <message>
        <source>An order cannot be published in the future.</source>
        <translation>订单的发布时间不能晚于现在。</translation>
    </message>
    <message>
        <source>follow up</source>
        <comment>Cannot %1 order</comment>
        <translation>跟进</translation>
    </message>
    <message>
        <source>close</source>
        <comment>Cannot %1 order</comment>
        <translation>结单</translation>
    </message>
    <message>
        <source>A feedback score is a whole number from 1 to 5.</source>
        <translation>反馈评分须为 1 到 5 的整数。</translation>
    </message>
    <message>
        <source>Order %1 is %2: feedback is taken once an order is won or lost.</source>
        <translation>订单 %1 状态为“%2”：订单成交或未成交后才能录入反馈。</translation>
    </message>
    <message>
        <source>Order %1 already has feedback.</source>
        <translation>订单 %1 已有反馈。</translation>
    </message>
    <message>
        <source>release</source>
        <comment>Cannot %1 order</comment>
        <translation>退回抢单池</translation>
    </message>
    <message>
        <source>The order&apos;s skill contains a control character (%1 at position %2); a skill is one line of plain text.</source>
        <translation>订单的技能含有控制字符（第 %2 个字符 %1）；技能只能是一行纯文本。</translation>
    </message>
    <message>
        <source>The order&apos;s region contains a control character (%1 at position %2); a region is one line of plain text.</source>
        <translation>订单的区域含有控制字符（第 %2 个字符 %1）；区域只能是一行纯文本。</translation>
    </message>
    <message>
        <source>The follow-up&apos;s note contains a control character (%1 at position %2); a note is plain text and line breaks.</source>
        <translation>跟进备注含有控制字符（第 %2 个字符 %1）；备注只能是纯文本和换行。</translation>
    </message>
    <message>
        <source>The feedback&apos;s comment contains a control character (%1 at position %2); a comment is plain text and line breaks.</source>
        <translation>客户反馈的评语含有控制字符（第 %2 个字符 %1）；评语只能是纯文本和换行。</translation>
    </message>
    <message>
        <source>The reason for cancelling contains a control character (%1 at position %2); a reason is plain text and line breaks.</source>
        <translation>取消理由含有控制字符（第 %2 个字符 %1）；理由只能是纯文本和换行。</translation>
    </message>
</context>
<context>
    <name>grab::OrderState</name>
    <message>
        <source>open</source>
        <translation>待抢</translation>
    </message>
    <message>
        <source>assigned</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>grab::Period</name>
    <message>
        <source>d MMM</source>
        <comment>date format: a day in a period label</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 这周</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format: a month</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <comment>first day, last day, year</comment>
        <translation>%3年%1 – %2</translation>
    </message>
    <message>
        <source>%1 %2 – %3 %4</source>
        <comment>first day, its year, last day, its year</comment>
        <translation>%2年%1 – %4年%3</translation>
    </message>
</context>
<context>
    <name>grab::PriorityPolicy</name>
    <message>
        <source>tier %1 %2</source>
        <translation>客户等级 %1 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>amount &gt;= %1 %2</source>
        <translation>金额 ≥ %1 %2</translation>
    </message>
    <message>
        <source>region %1 %2</source>
        <translation>区域 %1 %2</translation>
    </message>
    <message>
        <source>%1 = %2 -&gt; P%3</source>
        <translation>%1 = %2 → P%3</translation>
    </message>
</context>
<context>
    <name>grab::ProtectedFiles</name>
    <message>
        <source>%1 is the GrabDesk database in use (or one of its own files); choose another file.</source>
        <translation>%1 是正在使用的 GrabDesk 数据库（或其附属文件）；请选择其他文件。</translation>
    </message>
</context>
<context>
    <name>grab::QuotaLedger</name>
    <message>
        <source>There is no grabber %1.</source>
        <translation>没有抢单员 %1。</translation>
    </message>
</context>
<context>
    <name>grab::ReclaimService</name>
    <message>
        <source>No follow-up for %1 hours (last activity %2); the limit is %3 hours.</source>
        <translation>已 %1 小时没有跟进（最后跟进 %2），规定不超过 %3 小时。</translation>
    </message>
    <message>
        <source>Follow up before %1 or the order returns to the pool.</source>
        <translation>请在 %1 之前跟进，否则订单将退回抢单池。</translation>
    </message>
</context>
<context>
    <name>grab::ReviewScoring</name>
    <message>
        <source>success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <source>won</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>median response</source>
        <translation>响应时间中位数</translation>
    </message>
    <message>
        <source>violations</source>
        <translation>违规次数</translation>
    </message>
    <message>
        <source>no order closed in the quarter</source>
        <translation>本季度没有结单</translation>
    </message>
    <message>
        <source>no feedback in the quarter</source>
        <translation>本季度没有客户反馈</translation>
    </message>
    <message>
        <source>no order assigned in the quarter</source>
        <translation>本季度没有分到订单</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <source>%1 undefined (%2): left out, its weight spread over the others</source>
        <translation>%1无数据（%2）：不计入，其权重分摊给其他指标</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 %2 against %3: achievement %4 % x weight %5 % = %6 points</source>
        <translation>%1 %2，目标 %3：达成率 %4% × 权重 %5% = %6 分</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No KPI score: none of the weighted KPIs is defined for this grabber (%1).</source>
        <translation>无 KPI 得分：该抢单员所有计权指标都无数据（%1）。</translation>
    </message>
    <message>
        <source>KPI score %1 = %2.</source>
        <translation>KPI 得分 %1 = %2。</translation>
    </message>
    <message>
        <source>KPI score %1 = %2; left out as undefined: %3.</source>
        <translation>KPI 得分 %1 = %2；因无数据未计入：%3。</translation>
    </message>
    <message>
        <source>Not scored yet: the supervisor&apos;s score (1-5) is missing.</source>
        <translation>尚未评分：还没有主管评分（1-5）。</translation>
    </message>
    <message>
        <source>Final %1 = 20 x supervisor score %2 alone (no KPI score: nothing defined to score)</source>
        <translation>最终得分 %1 = 20 × 主管评分 %2（无 KPI 得分：没有可计分的指标）</translation>
    </message>
    <message>
        <source>Final %1 = %2 x KPI score %3 + %4 x 20 x supervisor score %5</source>
        <translation>最终得分 %1 = %2 × KPI 得分 %3 + %4 × 20 × 主管评分 %5</translation>
    </message>
    <message>
        <source>%1; grade D (below %2).</source>
        <translation>%1；等级 D（低于 %2）。</translation>
    </message>
    <message>
        <source>%1; grade %2 (at or above %3).</source>
        <translation>%1；等级 %2（不低于 %3）。</translation>
    </message>
    <message>
        <source>%1 %2 (target %3)</source>
        <translation>%1 %2（目标 %3）</translation>
    </message>
    <message>
        <source>KPI score = 100 x sum(weight x achievement) / sum(weight) over the grabber&apos;s defined KPIs; achievement = min(value / target, %1), or min(target / value, %1) where lower is better (failure rate, median response, violations; 0 scores %1). Weights: %2. Final = %3 x KPI score + %4 x 20 x supervisor score (1-5). Grades: A &gt;= %5, B &gt;= %6, C &gt;= %7, D below.</source>
        <translation>KPI 得分 = 100 × Σ(权重 × 达成率) / Σ权重，只计该抢单员有数据的指标；达成率 = min(实际值 / 目标, %1)，越低越好的指标（失败率、响应时间中位数、违规次数）为 min(目标 / 实际值, %1)，为 0 时计 %1。权重：%2。最终得分 = %3 × KPI 得分 + %4 × 20 × 主管评分（1-5）。等级：A ≥ %5，B ≥ %6，C ≥ %7，低于为 D。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>grab::ReviewService</name>
    <message>
        <source>bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <source>honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <source>promotion</source>
        <translation>晋升建议</translation>
    </message>
    <message>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>reassignment</source>
        <translation>调岗</translation>
    </message>
    <message>
        <source>A %1 needs a reason (the grabber&apos;s violations of the quarter are shown beside it).</source>
        <translation>%1需要填写理由（旁边列出了该抢单员本季度的违规）。</translation>
    </message>
    <message>
        <source>A %1 needs an amount in yuan above 0.</source>
        <translation>%1需要填写大于 0 的金额（元）。</translation>
    </message>
    <message>
        <source>Only a bonus or a bonus deduction has an amount.</source>
        <translation>只有奖金和扣奖金才有金额。</translation>
    </message>
    <message>
        <source>An honour needs its text (the honour or title).</source>
        <translation>荣誉需要填写内容（荣誉或称号）。</translation>
    </message>
    <message>
        <source>A training needs its course (the text).</source>
        <translation>培训需要填写课程名称。</translation>
    </message>
    <message>
        <source>A training needs a category: %1.</source>
        <translation>培训需要选择类别：%1。</translation>
    </message>
    <message>
        <source>A training needs a due date.</source>
        <translation>培训需要截止日期。</translation>
    </message>
    <message>
        <source>Only a training has a category and a due date.</source>
        <translation>只有培训才有类别和截止日期。</translation>
    </message>
    <message>
        <source>A supervisor&apos;s score is a whole number from 1 to 5, not %1.</source>
        <translation>主管评分须为 1 到 5 的整数，不能是 %1。</translation>
    </message>
    <message>
        <source>The review %1 has no decision %2.</source>
        <translation>季度考核 %1 中没有决定 %2。</translation>
    </message>
    <message>
        <source>The training of decision %1 has already been taken; it stays, and so does the decision.</source>
        <translation>决定 %1 安排的培训已经参加过了；培训和该决定都会保留。</translation>
    </message>
    <message>
        <source>The review cycle %1 is locked: nothing in it can change.</source>
        <translation>季度考核 %1 已锁定：不能再做任何修改。</translation>
    </message>
    <message>
        <source>The review cycle %1 is a draft: open it first (its KPI snapshots are taken then).</source>
        <translation>季度考核 %1 还是草稿：请先开启（开启时会冻结 KPI 数据）。</translation>
    </message>
    <message>
        <source>The review cycle %1 is approved: withdraw the approval to change scores or decisions.</source>
        <translation>季度考核 %1 已审批：要修改评分或决定，请先撤回审批。</translation>
    </message>
    <message>
        <source>The review cycle %1 is %2: %3.</source>
        <translation>季度考核 %1 当前为 %2：%3。</translation>
    </message>
    <message>
        <source>Grabber %1 is not part of the review %2 (only the grabbers active when it opened are).</source>
        <translation>抢单员 %1 不在季度考核 %2 中（只包括开启时在职的抢单员）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quarter: write it like 2026-Q3.</source>
        <translation>“%1”不是季度：请写成 2026-Q3 这样的格式。</translation>
    </message>
    <message>
        <source>There is no review cycle for %1. Create one with &quot;grabctl review create --quarter %1&quot;.</source>
        <translation>%1 还没有季度考核。可用“grabctl review create --quarter %1”创建。</translation>
    </message>
    <message>
        <source>There is already a review cycle for %1 (%2).</source>
        <translation>%1 已有季度考核（%2）。</translation>
    </message>
    <message>
        <source>its settings can change only while it is a draft</source>
        <translation>只有草稿状态才能修改设置</translation>
    </message>
    <message>
        <source>only a draft cycle can be opened</source>
        <translation>只有草稿才能开启</translation>
    </message>
    <message>
        <source>Opening the review cycle %1 was cancelled; nothing changed.</source>
        <translation>已取消开启季度考核 %1，没有任何改动。</translation>
    </message>
    <message>
        <source>only an open cycle moves to scoring</source>
        <translation>只有已开启的考核才能进入评分</translation>
    </message>
    <message>
        <source>An approval needs the approver&apos;s name.</source>
        <translation>审批需要填写审批人姓名。</translation>
    </message>
    <message>
        <source>nobody is scored yet, and only a cycle in scoring can be approved</source>
        <translation>还没有人评分，只有评分中的考核才能审批</translation>
    </message>
    <message>
        <source>only a cycle in scoring can be approved</source>
        <translation>只有评分中的考核才能审批</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>等另外 %1 人</translation>
    </message>
    <message>
        <source>The review cycle %1 cannot be approved: %2 of %3 grabbers are not scored yet: %4.</source>
        <translation>季度考核 %1 还不能审批：%3 位抢单员中有 %2 位尚未评分：%4。</translation>
    </message>
    <message>
        <source>only an approved cycle can have its approval withdrawn</source>
        <translation>只有已审批的考核才能撤回审批</translation>
    </message>
    <message>
        <source>only an approved cycle can be locked</source>
        <translation>只有已审批的考核才能锁定</translation>
    </message>
    <message>
        <source>The decision&apos;s text contains a control character (%1 at position %2); it is one line of plain text.</source>
        <translation>决定的内容含有控制字符（第 %2 个字符 %1）；内容只能是一行纯文本。</translation>
    </message>
    <message>
        <source>The decision&apos;s reason contains a control character (%1 at position %2); a reason is plain text and line breaks.</source>
        <translation>决定的理由含有控制字符（第 %2 个字符 %1）；理由只能是纯文本和换行。</translation>
    </message>
    <message>
        <source>The supervisor&apos;s comment contains a control character (%1 at position %2); a comment is plain text and line breaks.</source>
        <translation>主管评语含有控制字符（第 %2 个字符 %1）；评语只能是纯文本和换行。</translation>
    </message>
    <message>
        <source>The approver&apos;s name contains a control character (%1 at position %2); names are one line of plain text.</source>
        <translation>审批人姓名含有控制字符（第 %2 个字符 %1）；姓名只能是一行纯文本。</translation>
    </message>
    <message>
        <source>bonus deduction</source>
        <translation>扣奖金</translation>
    </message>
</context>
<context>
    <name>grab::ReviewState</name>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>open</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>评分中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>grab::RuleChanges</name>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>off (pure grabbing)</source>
        <translation>关闭（纯抢单）</translation>
    </message>
    <message>
        <source>always (no grabbing)</source>
        <translation>始终（不抢单，全部智能分单）</translation>
    </message>
    <message>
        <source>fallback (grab first, then dispatch)</source>
        <translation>兜底（先抢单，再智能分单）</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>P1 for %1 and above</source>
        <translation>P1 仅限%1及以上</translation>
    </message>
    <message>
        <source>P1–P%1 for %2 and above</source>
        <translation>P1–P%1 仅限%2及以上</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>Grab window: %1 → %2</source>
        <translation>抢单时段：%1 → %2</translation>
    </message>
    <message>
        <source>Grab window removed: %1</source>
        <translation>删除抢单时段：%1</translation>
    </message>
    <message>
        <source>Grab window added: %1</source>
        <translation>新增抢单时段：%1</translation>
    </message>
    <message>
        <source>Grab windows reordered</source>
        <translation>抢单时段顺序调整</translation>
    </message>
    <message>
        <source>Priority points (VIP)</source>
        <translation>优先级分值（VIP 客户）</translation>
    </message>
    <message>
        <source>Priority points (key customer)</source>
        <translation>优先级分值（重点客户）</translation>
    </message>
    <message>
        <source>Priority points (regular customer)</source>
        <translation>优先级分值（普通客户）</translation>
    </message>
    <message>
        <source>Amount band from ¥%1 removed (%2 points)</source>
        <translation>删除金额档 ¥%1 起（%2 分）</translation>
    </message>
    <message>
        <source>Amount band from ¥%1: %2 → %3 points</source>
        <translation>金额档 ¥%1 起：%2 → %3 分</translation>
    </message>
    <message>
        <source>Amount band from ¥%1 added (%2 points)</source>
        <translation>新增金额档 ¥%1 起（%2 分）</translation>
    </message>
    <message>
        <source>Region %1 removed (%2 points)</source>
        <translation>删除区域 %1（%2 分）</translation>
    </message>
    <message>
        <source>Region %1: %2 → %3 points</source>
        <translation>区域 %1：%2 → %3 分</translation>
    </message>
    <message>
        <source>Region %1 added (%2 points)</source>
        <translation>新增区域 %1（%2 分）</translation>
    </message>
    <message>
        <source>P1 from score</source>
        <translation>P1 起始分</translation>
    </message>
    <message>
        <source>P2 from score</source>
        <translation>P2 起始分</translation>
    </message>
    <message>
        <source>P3 from score</source>
        <translation>P3 起始分</translation>
    </message>
    <message>
        <source>Dispatch: %1 → %2</source>
        <translation>分单模式：%1 → %2</translation>
    </message>
    <message>
        <source>Open to all levels after (minutes)</source>
        <translation>放开给所有级别（分钟）</translation>
    </message>
    <message>
        <source>Dispatch after (minutes)</source>
        <translation>转智能分单（分钟）</translation>
    </message>
    <message>
        <source>VIP: open to all levels after (minutes)</source>
        <translation>VIP 客户：放开给所有级别（分钟）</translation>
    </message>
    <message>
        <source>VIP: dispatch after (minutes)</source>
        <translation>VIP 客户：转智能分单（分钟）</translation>
    </message>
    <message>
        <source>Dispatch weight (skill)</source>
        <translation>分单权重（技能）</translation>
    </message>
    <message>
        <source>Dispatch weight (region)</source>
        <translation>分单权重（区域）</translation>
    </message>
    <message>
        <source>Dispatch weight (workload)</source>
        <translation>分单权重（在手订单）</translation>
    </message>
    <message>
        <source>Dispatch weight (success rate)</source>
        <translation>分单权重（成功率）</translation>
    </message>
    <message>
        <source>Dispatch weight (satisfaction)</source>
        <translation>分单权重（满意度）</translation>
    </message>
    <message>
        <source>Success-rate prior (wins)</source>
        <translation>成功率先验（成交）</translation>
    </message>
    <message>
        <source>Success-rate prior (losses)</source>
        <translation>成功率先验（未成交）</translation>
    </message>
    <message>
        <source>Review weight (%1): %2 → %3</source>
        <translation>考核权重（%1）：%2 → %3</translation>
    </message>
    <message>
        <source>Review target (%1): %2 → %3</source>
        <translation>考核目标（%1）：%2 → %3</translation>
    </message>
    <message>
        <source>Review: achievement cap</source>
        <translation>季度考核：达成率上限</translation>
    </message>
    <message>
        <source>Review: KPI share of the final score</source>
        <translation>季度考核：KPI 占总分比例</translation>
    </message>
    <message>
        <source>Review: grade A from</source>
        <translation>季度考核：A 档起始分</translation>
    </message>
    <message>
        <source>Review: grade B from</source>
        <translation>季度考核：B 档起始分</translation>
    </message>
    <message>
        <source>Review: grade C from</source>
        <translation>季度考核：C 档起始分</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <source>%1–%2 (next day)</source>
        <translation>%1–次日 %2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 %2 (peak)</source>
        <translation>%1 %2（高峰时段）</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 (peak)</source>
        <translation>%1 %2 %3（高峰时段）</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>Time zone: %1 → %2</source>
        <translation>时区：%1 → %2</translation>
    </message>
    <message>
        <source>VIP orders always open: %1 → %2</source>
        <translation>VIP 订单随时可抢：%1 → %2</translation>
    </message>
    <message>
        <source>Daily cap (%1): %2 → %3</source>
        <translation>每日上限（%1）：%2 → %3</translation>
    </message>
    <message>
        <source>Max open workload</source>
        <translation>在手订单上限</translation>
    </message>
    <message>
        <source>Reserved priorities: %1 → %2</source>
        <translation>保留优先级：%1 → %2</translation>
    </message>
    <message>
        <source>Grab deadline (minutes)</source>
        <translation>抢单截止（分钟）</translation>
    </message>
    <message>
        <source>Reclaim without follow-up after (hours)</source>
        <translation>未跟进回收（小时）</translation>
    </message>
    <message>
        <source>Reclaim warning before (hours)</source>
        <translation>回收前预警（小时）</translation>
    </message>
    <message>
        <source>Re-grab cool-down (hours)</source>
        <translation>再次抢单冷却（小时）</translation>
    </message>
    <message>
        <source>Too fast: attempts</source>
        <translation>抢单过快：次数</translation>
    </message>
    <message>
        <source>Too fast: within (seconds)</source>
        <translation>抢单过快：时间（秒）</translation>
    </message>
    <message>
        <source>Escalation: violations</source>
        <translation>告警：违规次数</translation>
    </message>
    <message>
        <source>Escalation: within (days)</source>
        <translation>告警：时间（天）</translation>
    </message>
</context>
<context>
    <name>grab::RuleService</name>
    <message>
        <source>The database has no rule set. Run &quot;grabctl init&quot; to create the default rules.</source>
        <translation>数据库中没有规则。请运行“grabctl init”创建默认规则。</translation>
    </message>
    <message>
        <source>Rule set version %1 in the database is damaged: %2</source>
        <translation>数据库中第 %1 版规则已损坏：%2</translation>
    </message>
    <message>
        <source>There is no rule set version %1.</source>
        <translation>没有第 %1 版规则。</translation>
    </message>
    <message>
        <source>The rules were changed to version %1 by %2 at %3 while you edited; reload to see them.</source>
        <translation>你编辑期间，%2 在 %3 把规则改成了第 %1 版；请重新加载查看。</translation>
    </message>
    <message>
        <source>A region of the priority rules contains a control character (%1 at position %2); a region is one line of plain text.</source>
        <translation>优先级规则中的某个区域含有控制字符（第 %2 个字符 %1）；区域只能是一行纯文本。</translation>
    </message>
</context>
<context>
    <name>grab::ServerConnection</name>
    <message>
        <source>Cannot connect to %1: the name %2 did not resolve within %3 s.</source>
        <translation>无法连接到 %1：名称 %2 在 %3 秒内未能解析。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: there is no server named %2 (%3).</source>
        <translation>无法连接到 %1：没有名为 %2 的服务器（%3）。</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2.</source>
        <translation>无法连接到 %1：%2。</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian&apos;s package libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
</context>
<context>
    <name>grab::TargetService</name>
    <message>
        <source>A target needs a month and a won count and revenue of 0 or more.</source>
        <translation>目标需要月份，以及不小于 0 的成交单数和成交额。</translation>
    </message>
    <message>
        <source>A month is written YYYY-MM.</source>
        <translation>月份请写成 YYYY-MM 格式。</translation>
    </message>
</context>
<context>
    <name>grab::TeamService</name>
    <message>
        <source>There is no grabber with id %1.</source>
        <translation>没有编号为 %1 的抢单员。</translation>
    </message>
    <message>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <source>A grabber needs a name.</source>
        <translation>抢单员必须有姓名。</translation>
    </message>
    <message>
        <source>A daily cap cannot be negative.</source>
        <translation>每日上限不能为负。</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>客户必须有名称。</translation>
    </message>
    <message>
        <source>The grabber&apos;s name contains a control character (%1 at position %2); names are one line of plain text.</source>
        <translation>抢单员姓名含有控制字符（第 %2 个字符 %1）；姓名只能是一行纯文本。</translation>
    </message>
    <message>
        <source>The grabber&apos;s team contains a control character (%1 at position %2); a team is one line of plain text.</source>
        <translation>抢单员的团队名称含有控制字符（第 %2 个字符 %1）；团队名称只能是一行纯文本。</translation>
    </message>
    <message>
        <source>One of the grabber&apos;s skills contains a control character (%1 at position %2); a skill is one line of plain text.</source>
        <translation>抢单员的某项技能含有控制字符（第 %2 个字符 %1）；技能只能是一行纯文本。</translation>
    </message>
    <message>
        <source>One of the grabber&apos;s regions contains a control character (%1 at position %2); a region is one line of plain text.</source>
        <translation>抢单员的某个区域含有控制字符（第 %2 个字符 %1）；区域只能是一行纯文本。</translation>
    </message>
    <message>
        <source>The customer&apos;s name contains a control character (%1 at position %2); names are one line of plain text.</source>
        <translation>客户名称含有控制字符（第 %2 个字符 %1）；名称只能是一行纯文本。</translation>
    </message>
    <message>
        <source>The customer&apos;s region contains a control character (%1 at position %2); a region is one line of plain text.</source>
        <translation>客户区域含有控制字符（第 %2 个字符 %1）；区域只能是一行纯文本。</translation>
    </message>
</context>
<context>
    <name>grab::Tier</name>
    <message>
        <source>vip</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>key</source>
        <translation>重点</translation>
    </message>
    <message>
        <source>regular</source>
        <translation>普通</translation>
    </message>
</context>
<context>
    <name>grab::TrainingService</name>
    <message>
        <source>A training needs a course name.</source>
        <translation>培训需要填写课程名称。</translation>
    </message>
    <message>
        <source>A course name has at most 200 characters.</source>
        <translation>课程名称最多 200 个字。</translation>
    </message>
    <message>
        <source>A training&apos;s category is sales_skills, product_knowledge or customer_service.</source>
        <translation>培训类别须为 sales_skills、product_knowledge 或 customer_service。</translation>
    </message>
    <message>
        <source>The due date %1 is not a date between 2000 and 2099.</source>
        <translation>截止日期 %1 不是 2000 到 2099 年之间的日期。</translation>
    </message>
    <message>
        <source>The date taken %1 is not a date between 2000 and 2099.</source>
        <translation>参加日期 %1 不是 2000 到 2099 年之间的日期。</translation>
    </message>
    <message>
        <source>A training cannot have been taken after today (%1): %2 is still to come; give it as the due date.</source>
        <translation>培训的参加日期不能晚于今天（%1）：%2 还没到，请把它填为截止日期。</translation>
    </message>
    <message>
        <source>Training hours are a number from 0 to %1.</source>
        <translation>培训学时须为 0 到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>There is no training with id %1.</source>
        <translation>没有编号为 %1 的培训。</translation>
    </message>
    <message>
        <source>There is no review entry %1 for grabber %2.</source>
        <translation>抢单员 %2 没有考核记录 %1。</translation>
    </message>
    <message>
        <source>The course name contains a control character (%1 at position %2); a course name is one line of plain text.</source>
        <translation>课程名称含有控制字符（第 %2 个字符 %1）；课程名称只能是一行纯文本。</translation>
    </message>
</context>
<context>
    <name>grab::ViolationService</name>
    <message>
        <source>A violation needs a type.</source>
        <translation>违规需要类型。</translation>
    </message>
    <message>
        <source>Grab attempt refused: %1</source>
        <translation>抢单被拒：%1</translation>
    </message>
    <message>
        <source>%1 grab attempts within %2 s (limit %3): faster than a person.</source>
        <translation>%2 秒内抢单 %1 次（上限 %3 次），快得不像人工操作。</translation>
    </message>
    <message>
        <source>The violation&apos;s type contains a control character (%1 at position %2); a type is one line of plain text.</source>
        <translation>违规类型含有控制字符（第 %2 个字符 %1）；类型只能是一行纯文本。</translation>
    </message>
    <message>
        <source>The violation&apos;s note contains a control character (%1 at position %2); a note is plain text and line breaks.</source>
        <translation>违规备注含有控制字符（第 %2 个字符 %1）；备注只能是纯文本和换行。</translation>
    </message>
</context>
<context>
    <name>grab::columnguess</name>
    <message>
        <source>The header names this field.</source>
        <translation>表头即是该字段的名称。</translation>
    </message>
    <message>
        <source>A CRM column that GrabDesk does not keep.</source>
        <translation>CRM 导出的列，GrabDesk 不保存。</translation>
    </message>
    <message>
        <source>Choose a field, or ignore the column.</source>
        <translation>请选择字段，或忽略该列。</translation>
    </message>
</context>
<context>
    <name>grab::pgpass</name>
    <message>
        <source>Cannot read %1: %2. The password was not stored.</source>
        <translation>无法读取 %1：%2。密码没有保存。</translation>
    </message>
</context>
<context>
    <name>grab::ui::AboutDialog</name>
    <message>
        <source>About GrabDesk</source>
        <translation>关于 GrabDesk</translation>
    </message>
    <message>
        <source>GrabDesk %1</source>
        <translation>GrabDesk %1</translation>
    </message>
    <message>
        <source>The console for sales managers who run a team of order grabbers: fair rules, live grabs, dispatch and appraisal, each decision with its reason.</source>
        <translation>为带抢单团队的销售经理打造的管理台：规则公平，抢单实时可见，分单与考核有据可查，每个决定都说明理由。</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Qt:</source>
        <translation>Qt：</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1（编译时为 %2）</translation>
    </message>
    <message>
        <source>Database engine:</source>
        <translation>数据库引擎：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>GrabDesk</source>
        <translation>GrabDesk</translation>
    </message>
    <message>
        <source>This program</source>
        <translation>本程序</translation>
    </message>
    <message>
        <source>Qt 6 (Core, GUI, Widgets, SQL, Print Support)</source>
        <translation>Qt 6（Core、GUI、Widgets、SQL、Print Support）</translation>
    </message>
    <message>
        <source>The Qt Company and contributors</source>
        <translation>The Qt Company 及贡献者</translation>
    </message>
    <message>
        <source>Qt Charts</source>
        <translation>Qt Charts</translation>
    </message>
    <message>
        <source>The dashboards&apos; charts; the reason GrabDesk is GPL</source>
        <translation>数据看板的图表；GrabDesk 因此采用 GPL 许可</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>Public domain</source>
        <translation>公有领域</translation>
    </message>
    <message>
        <source>The database engine, through Qt&apos;s SQLite driver</source>
        <translation>数据库引擎，经由 Qt 的 SQLite 驱动使用</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>字体</translation>
    </message>
    <message>
        <source>The system&apos;s fonts (Noto CJK for Chinese); none are bundled</source>
        <translation>使用系统字体（中文为 Noto CJK），安装包不附带字体</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Licences of what the package uses:</source>
        <translation>安装包所用组件的许可证：</translation>
    </message>
</context>
<context>
    <name>grab::ui::ActivityCharts</name>
    <message>
        <source>&lt; 10 s</source>
        <comment>a response-time bucket</comment>
        <translation>&lt; 10 秒</translation>
    </message>
    <message>
        <source>10–30 s</source>
        <comment>a response-time bucket</comment>
        <translation>10–30 秒</translation>
    </message>
    <message>
        <source>30–60 s</source>
        <comment>a response-time bucket</comment>
        <translation>30–60 秒</translation>
    </message>
    <message>
        <source>1–2 min</source>
        <comment>a response-time bucket</comment>
        <translation>1–2 分钟</translation>
    </message>
    <message>
        <source>2–5 min</source>
        <comment>a response-time bucket</comment>
        <translation>2–5 分钟</translation>
    </message>
    <message>
        <source>5–15 min</source>
        <comment>a response-time bucket</comment>
        <translation>5–15 分钟</translation>
    </message>
    <message>
        <source>15–60 min</source>
        <comment>a response-time bucket</comment>
        <translation>15–60 分钟</translation>
    </message>
    <message>
        <source>≥ 1 h</source>
        <comment>a response-time bucket</comment>
        <translation>≥ 1 小时</translation>
    </message>
    <message>
        <source>response-time-%1-%2.png</source>
        <comment>a file name</comment>
        <translation>响应时间-%1-%2.png</translation>
    </message>
    <message>
        <source>attempts-by-hour-%1-%2.png</source>
        <comment>a file name</comment>
        <translation>分时段抢单-%1-%2.png</translation>
    </message>
    <message>
        <source>Response time · no order assigned in this period</source>
        <translation>响应时间 · 本期没有分配订单</translation>
    </message>
    <message>
        <source>Response time · median %1 (darker bar)</source>
        <translation>响应时间 · 中位数 %1（深色柱）</translation>
    </message>
    <message>
        <source>Orders assigned</source>
        <translation>分配订单数</translation>
    </message>
    <message>
        <source>Wait before assignment</source>
        <translation>分配前等待时长</translation>
    </message>
    <message>
        <source>Waited %1: %2
Click to list them</source>
        <translation>等待 %1：%2
点击查看明细</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln 单</numerusform>
        </translation>
    </message>
    <message>
        <source>Grab attempts by hour of day · none in this period</source>
        <translation>各时段抢单次数 · 本期没有抢单</translation>
    </message>
    <message>
        <source>Grab attempts by hour of day · busiest %1</source>
        <translation>各时段抢单次数 · 最忙 %1</translation>
    </message>
    <message>
        <source>Obtained the order</source>
        <translation>抢到</translation>
    </message>
    <message>
        <source>Lost the race or refused</source>
        <translation>没抢到或被拒</translation>
    </message>
    <message>
        <source>Hour of day (%1)</source>
        <comment>axis title; the team&apos;s time zone</comment>
        <translation>时段（%1）</translation>
    </message>
    <message>
        <source>Grab attempts</source>
        <translation>抢单次数</translation>
    </message>
    <message>
        <source>%1: %2 grab attempts, %3 obtained the order
Click to list them</source>
        <translation>%1：抢单 %2 次，抢到 %3 次
点击查看明细</translation>
    </message>
    <message>
        <source>Waited %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <source>Orders assigned to %1 in %2 (whole days) that waited %3 from publication to assignment.</source>
        <translation>%2（按整天计）分配给 %1、从发布到分配等待了 %3 的订单。</translation>
    </message>
    <message>
        <source>Attempts %1</source>
        <translation>抢单 %1</translation>
    </message>
    <message>
        <source>Grab attempts by %1 in %2 (whole days) made between %3 team time; the Result column says which obtained the order.</source>
        <translation>%1 在 %2（按整天计）团队时间 %3 之间的抢单记录；“结果”列显示哪些抢到了订单。</translation>
    </message>
</context>
<context>
    <name>grab::ui::ActivityModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
</context>
<context>
    <name>grab::ui::ActivityPanel</name>
    <message>
        <source>Everything but publications</source>
        <translation>除发布外全部</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Wins and lost races</source>
        <translation>抢到与没抢到</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>被拒</translation>
    </message>
    <message>
        <source>Dispatches and reclaims</source>
        <translation>分单与回收</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>结单</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
</context>
<context>
    <name>grab::ui::AlertList</name>
    <message>
        <source>No alerts for this period.</source>
        <translation>本期没有预警。</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Double-click for %1&apos;s dashboard.</source>
        <translation>双击查看 %1 的数据看板。</translation>
    </message>
    <message>
        <source>Double-click for the rows behind it.</source>
        <translation>双击查看相关明细。</translation>
    </message>
    <message>
        <source>%1: %2
%3</source>
        <comment>severity: the alert, then what a double-click does</comment>
        <translation>%1：%2
%3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alerts · double-click to look closer</source>
        <translation>
            <numerusform>%Ln 条预警 · 双击查看详情</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::AssignDialog</name>
    <message>
        <source>Assign %1</source>
        <translation>指派 %1</translation>
    </message>
    <message>
        <source>Eligible grabbers first, ranked as the dispatcher would rank them. The others are listed with the rule that keeps them from this order.</source>
        <translation>符合条件的抢单员排在前面，按智能分单的方式排序。其他人列出了让他们不能接这张订单的规则。</translation>
    </message>
    <message>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Not eligible: %1</source>
        <translation>不符合条件：%1</translation>
    </message>
    <message>
        <source>A note for the audit trail (optional)</source>
        <translation>审计记录备注（选填）</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>指派</translation>
    </message>
    <message>
        <source>Nobody is on the team.</source>
        <translation>团队里还没有人。</translation>
    </message>
    <message>
        <source>%1 cannot take this order. %2</source>
        <translation>%1 不能接这张订单。%2</translation>
    </message>
    <message>
        <source>Search a grabber by name…</source>
        <translation>按姓名搜索抢单员…</translation>
    </message>
    <message>
        <source>No grabber&apos;s name contains “%1”.</source>
        <translation>没有抢单员的姓名包含“%1”。</translation>
    </message>
</context>
<context>
    <name>grab::ui::AwardCard</name>
    <message>
        <source>Score = %1 × success rate + %2 × revenue ÷ the month&apos;s top revenue + %3 × (satisfaction − 1) ÷ 4 − %4 × violations. Only grabbers with at least %5 closed orders qualify; no feedback counts as a neutral 3.</source>
        <translation>得分 = %1 × 成功率 + %2 × 成交额 ÷ 当月最高成交额 + %3 × (满意度 − 1) ÷ 4 − %4 × 违规次数。结单不少于 %5 单的抢单员才参评；没有客户反馈按中性的 3 分计。</translation>
    </message>
    <message>
        <source>Grabber of the Month</source>
        <translation>月度最佳抢单员</translation>
    </message>
    <message>
        <source>Grabber of the Month · %1 so far</source>
        <translation>月度最佳抢单员 · %1（截至目前）</translation>
    </message>
    <message>
        <source>Grabber of the Month · %1</source>
        <translation>月度最佳抢单员 · %1</translation>
    </message>
    <message>
        <source>Nobody qualifies yet: %1 closed orders needed.</source>
        <translation>暂时无人达标：至少需要结单 %1 单。</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>success %1 + revenue %2 + satisfaction %3 − violations %4</source>
        <translation>成功率 %1 + 成交额 %2 + 满意度 %3 − 违规 %4</translation>
    </message>
    <message>
        <source>Runner-up: %1, %2 points — %3 points behind</source>
        <translation>第二名：%1，%2 分，落后 %3 分</translation>
    </message>
    <message>
        <source>No runner-up: only one grabber qualifies.</source>
        <translation>没有第二名：只有一位抢单员达标。</translation>
    </message>
    <message numerus="yes">
        <source>%n qualified</source>
        <translation>
            <numerusform>%n 人参评</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with too few closed orders</source>
        <translation>
            <numerusform>%n 人结单不足</numerusform>
        </translation>
    </message>
    <message>
        <source>Standings (points)</source>
        <translation>排名（得分）</translation>
    </message>
</context>
<context>
    <name>grab::ui::BoardFilterBar</name>
    <message>
        <source>All regions</source>
        <translation>全部区域</translation>
    </message>
    <message>
        <source>All skills</source>
        <translation>全部技能</translation>
    </message>
    <message>
        <source>All priorities</source>
        <translation>全部优先级</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>全部客户类型</translation>
    </message>
    <message>
        <source>Search customer, order # or grabber…  (Ctrl+F)</source>
        <translation>搜索客户、订单号或抢单员…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>All grabbers</source>
        <translation>全部抢单员</translation>
    </message>
    <message>
        <source>Only the orders this grabber is working on</source>
        <translation>只看该抢单员正在跟进的订单</translation>
    </message>
</context>
<context>
    <name>grab::ui::BoardPage</name>
    <message>
        <source>Board</source>
        <translation>抢单看板</translation>
    </message>
    <message>
        <source>&amp;Dispatch now</source>
        <translation>立即分单(&amp;D)</translation>
    </message>
    <message>
        <source>Give the selected order to the best eligible grabber now</source>
        <translation>立即把选中的订单分给最合适的抢单员</translation>
    </message>
    <message>
        <source>&amp;Assign to…</source>
        <translation>指派给(&amp;A)…</translation>
    </message>
    <message>
        <source>Choose who takes the selected order, seeing who is eligible and why the others are not</source>
        <translation>选择由谁接选中的订单，可看到谁符合条件、其他人为什么不行</translation>
    </message>
    <message>
        <source>&amp;Release to the pool</source>
        <translation>退回抢单池(&amp;R)</translation>
    </message>
    <message>
        <source>Take the selected order back from its grabber</source>
        <translation>把选中的订单从抢单员手里收回</translation>
    </message>
    <message>
        <source>Res&amp;trict…</source>
        <translation>设置限制(&amp;T)…</translation>
    </message>
    <message>
        <source>Limit the selected order to named grabbers or a level</source>
        <translation>把选中的订单限定给指定抢单员或级别</translation>
    </message>
    <message>
        <source>&amp;Cancel order…</source>
        <translation>取消订单(&amp;C)…</translation>
    </message>
    <message>
        <source>Cancel the selected order, with a reason</source>
        <translation>取消选中的订单，需填写原因</translation>
    </message>
    <message>
        <source>Open pool</source>
        <translation>抢单池</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <source>Loading the board…</source>
        <translation>正在加载看板…</translation>
    </message>
    <message>
        <source>%1 open · %2 being worked on · %3</source>
        <translation>%1 张待抢 · %2 张跟进中 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n starving</source>
        <translation>
            <numerusform>%n 张久未被抢</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open · %2 being worked on</source>
        <translation>%1 张待抢 · %2 张跟进中</translation>
    </message>
    <message>
        <source>Open pool (%1)</source>
        <translation>抢单池（%1）</translation>
    </message>
    <message>
        <source>Open pool (%1 of %2)</source>
        <translation>抢单池（%1 / %2）</translation>
    </message>
    <message>
        <source>Being worked on (%1)</source>
        <translation>跟进中（%1）</translation>
    </message>
    <message>
        <source>The pool is empty: every order has been taken. New orders appear here the moment they are published.</source>
        <translation>抢单池是空的：所有订单都已被抢走。新订单一发布就会出现在这里。</translation>
    </message>
    <message>
        <source>No open order matches the filters (%1 open in all).</source>
        <translation>没有符合筛选条件的待抢订单（共 %1 张待抢）。</translation>
    </message>
    <message>
        <source>Release order</source>
        <translation>退回订单</translation>
    </message>
    <message>
        <source>Take %1 back from %2 and put it in the pool? It counts as released, not as a loss.</source>
        <translation>把 %1 从 %2 手里收回并退回抢单池？这算退回，不算未成交。</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <source>The board could not be read from the database, so it shows nothing rather than part of the pool. It tries again every few seconds.

%1</source>
        <translation>无法从数据库读取看板，因此不显示任何订单，而不是只显示一部分。每隔几秒会自动重试。

%1</translation>
    </message>
    <message>
        <source>The board could not be read</source>
        <translation>无法读取看板</translation>
    </message>
    <message>
        <source>Dispatch now</source>
        <translation>立即分单</translation>
    </message>
    <message>
        <source>&amp;Dispatch</source>
        <translation>分单(&amp;D)</translation>
    </message>
    <message>
        <source>%1 will be taken from %2 and closed as cancelled; it cannot be reopened.</source>
        <translation>%1 将从 %2 手中收回并作为已取消关闭，之后不能重新打开。</translation>
    </message>
    <message>
        <source>%1 will leave the pool, closed as cancelled; it cannot be reopened.</source>
        <translation>%1 将离开订单池并作为已取消关闭，之后不能重新打开。</translation>
    </message>
    <message>
        <source>Why is it cancelled? (kept in the audit trail)</source>
        <translation>为什么取消？（记入审计记录）</translation>
    </message>
    <message>
        <source>dispatched to %1 at %2</source>
        <translation>%2 已分单给 %1</translation>
    </message>
    <message>
        <source>grabbed by %1 at %2</source>
        <translation>%2 被 %1 抢到</translation>
    </message>
    <message>
        <source>cancelled at %1</source>
        <translation>%1 已取消</translation>
    </message>
    <message>
        <source>expired at %1</source>
        <translation>%1 已过期</translation>
    </message>
    <message>
        <source>back in the pool at %1</source>
        <translation>%1 回到订单池</translation>
    </message>
    <message>
        <source>taken by %1</source>
        <translation>已被 %1 接手</translation>
    </message>
    <message>
        <source>back in the pool</source>
        <translation>已回到订单池</translation>
    </message>
    <message>
        <source>→ %1 %2</source>
        <translation>→ %1 %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>↩ pool %1</source>
        <translation>↩ 回池 %1</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
    <message>
        <source>Customer %1 added (%2, %3): Order ▸ New order… can publish for them now.</source>
        <translation>已添加客户 %1（%2，%3）：现在可以用“订单 ▸ 新建订单…”为其发布订单。</translation>
    </message>
    <message>
        <source>Release of #%1</source>
        <translation>释放 #%1</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
    <message>
        <source>Restriction of #%1</source>
        <translation>限制 #%1</translation>
    </message>
</context>
<context>
    <name>grab::ui::ChartPanel</name>
    <message>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <source>Save this chart as a picture</source>
        <translation>把这张图表保存为图片</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be turned into a picture.</source>
        <translation>无法将图表生成为图片。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>grab::ui::ColumnMappingTable</name>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>示例</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读作</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— 请选择 —</translation>
    </message>
    <message>
        <source>%1, required</source>
        <translation>%1，必填</translation>
    </message>
    <message>
        <source>Ignore this column</source>
        <translation>忽略该列</translation>
    </message>
    <message>
        <source>Your choice for this file&apos;s columns last time.</source>
        <translation>上次为这组列所做的选择。</translation>
    </message>
    <message>
        <source>Chosen by you.</source>
        <translation>由您选择。</translation>
    </message>
</context>
<context>
    <name>grab::ui::CustomerDialog</name>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>e.g. 华东</source>
        <translation>例如 华东</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Tier:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>The tier and the region feed an order&apos;s priority and who may grab it.</source>
        <translation>客户等级和区域决定订单的优先级以及谁可以抢单。</translation>
    </message>
    <message>
        <source>A customer needs a name.</source>
        <translation>客户需要名称。</translation>
    </message>
    <message>
        <source>A customer needs a region: dispatch and the pool&apos;s filters match on it.</source>
        <translation>客户需要区域：派单和订单池筛选都按它匹配。</translation>
    </message>
</context>
<context>
    <name>grab::ui::DashboardPage</name>
    <message>
        <source>Dashboards</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>The whole team: totals, alerts, leaderboard, Grabber of the Month</source>
        <translation>整个团队：汇总、预警、排行榜、月度最佳抢单员</translation>
    </message>
    <message>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <source>One grabber against the team average: target, trends, response times, hours, recent violations, feedback and trainings</source>
        <translation>单个抢单员对比团队平均：目标、趋势、响应时间、时段、近期违规、客户反馈和培训</translation>
    </message>
    <message>
        <source>Type part of a name to find a grabber</source>
        <translation>输入姓名的一部分查找抢单员</translation>
    </message>
    <message>
        <source>Find a grabber…</source>
        <translation>查找抢单员…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <source>Export figures…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <source>The figures shown as CSV for Excel (UTF-8 with BOM), stating the period, time zone and rule version: the cards, then the team&apos;s leaderboard or the grabber&apos;s chart figures</source>
        <translation>把当前显示的数据导出为 Excel 用的 CSV（UTF-8 带 BOM），注明时段、时区和规则版本：先是指标卡片，再是团队排行榜或抢单员的图表数据</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算数据：%1</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>自定义时段</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days to go</source>
        <translation>
            <numerusform>还剩 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>compared with %1</source>
        <translation>对比 %1</translation>
    </message>
    <message>
        <source>days in %1 (team time zone)</source>
        <translation>按 %1 计日（团队时区）</translation>
    </message>
    <message>
        <source>rules v%1</source>
        <translation>规则 v%1</translation>
    </message>
    <message>
        <source>%1 (not active)</source>
        <translation>%1（不在岗）</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <source>Export figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported the figures to %1.</source>
        <translation>数据已导出到 %1。</translation>
    </message>
    <message>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
</context>
<context>
    <name>grab::ui::DashboardWorker</name>
    <message>
        <source>The dashboards have no connection to the database.</source>
        <translation>数据看板未连接到数据库。</translation>
    </message>
</context>
<context>
    <name>grab::ui::DecisionDialog</name>
    <message>
        <source>Add decision — %1</source>
        <translation>添加决定 — %1</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>e.g. 2000 or 1500.50</source>
        <translation>例如 2000 或 1500.50</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <source>Due on:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <source>Why this penalty: the violations or facts behind it</source>
        <translation>惩罚的理由：依据的违规或事实</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>%1 has no violation in %2.</source>
        <translation>%1 在 %2 没有违规。</translation>
    </message>
    <message>
        <source>%1&apos;s violations in %2, as frozen when the cycle was opened:</source>
        <translation>%1 在 %2 的违规（开启考核周期时冻结）：</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <source>Add decision</source>
        <translation>添加决定</translation>
    </message>
    <message>
        <source>Honour or title:</source>
        <translation>荣誉或称号：</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation>推荐意见：</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <source>Reassigned to:</source>
        <translation>调往：</translation>
    </message>
</context>
<context>
    <name>grab::ui::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Select an order, a grabber or an event to see its details and its history.</source>
        <translation>选中一张订单、一位抢单员或一条动态，查看详情和历史。</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>score %1, rules v%2</source>
        <translation>得分 %1，规则第 %2 版</translation>
    </message>
    <message>
        <source>Skill · region</source>
        <translation>技能 · 区域</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布时间</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待时长</translation>
    </message>
    <message>
        <source>Grab deadline</source>
        <translation>抢单截止</translation>
    </message>
    <message>
        <source>Attention</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>仅限 %1</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Order #%1</source>
        <translation>订单 #%1</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>%1 of %2%3 · %4 left</source>
        <translation>%1 / %2%3 · 剩 %4</translation>
    </message>
    <message>
        <source> (personal cap)</source>
        <translation>（个人上限）</translation>
    </message>
    <message>
        <source>Open workload</source>
        <translation>在手订单</translation>
    </message>
    <message>
        <source>%1 of %2 · %3 left</source>
        <translation>%1 / %2 · 剩 %3</translation>
    </message>
    <message>
        <source>Missed today</source>
        <translation>今天没抢到</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) lost or refused</source>
        <translation>
            <numerusform>%n 次没抢到或被拒</numerusform>
        </translation>
    </message>
    <message>
        <source>Day counted</source>
        <translation>计数日</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Skills</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第 %1 版</translation>
    </message>
    <message>
        <source>Event #%1</source>
        <translation>动态 #%1</translation>
    </message>
</context>
<context>
    <name>grab::ui::DrillDialog</name>
    <message numerus="yes">
        <source>%Ln grab attempts</source>
        <translation>
            <numerusform>%Ln 次抢单</numerusform>
        </translation>
    </message>
    <message>
        <source>1 grab attempt</source>
        <translation>1 次抢单</translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback scores</source>
        <translation>
            <numerusform>%Ln 条客户反馈评分</numerusform>
        </translation>
    </message>
    <message>
        <source>1 feedback score</source>
        <translation>1 条客户反馈评分</translation>
    </message>
    <message numerus="yes">
        <source>%Ln violations</source>
        <translation>
            <numerusform>%Ln 次违规</numerusform>
        </translation>
    </message>
    <message>
        <source>1 violation</source>
        <translation>1 次违规</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln 单</numerusform>
        </translation>
    </message>
    <message>
        <source>1 order</source>
        <translation>1 单</translation>
    </message>
    <message>
        <source>the team</source>
        <translation>团队</translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders assigned to %1</source>
        <translation>
            <numerusform>分配给 %1 的 %Ln 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders %1 won</source>
        <translation>
            <numerusform>%1 成交的 %Ln 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders %1 lost</source>
        <translation>
            <numerusform>%1 未成交的 %Ln 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders reclaimed from %1</source>
        <translation>
            <numerusform>从 %1 回收的 %Ln 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders %1 closed</source>
        <translation>
            <numerusform>%1 结单的 %Ln 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln grab attempts by %1</source>
        <translation>
            <numerusform>%1 的 %Ln 次抢单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln feedback scores for %1</source>
        <translation>
            <numerusform>%1 收到的 %Ln 条客户反馈评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln violations recorded for %1</source>
        <translation>
            <numerusform>%1 被记录的 %Ln 次违规</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln orders held by %1</source>
        <translation>
            <numerusform>%1 在手的 %Ln 单</numerusform>
        </translation>
    </message>
    <message>
        <source>counted by the time of assignment.</source>
        <translation>按分配时间计。</translation>
    </message>
    <message>
        <source>counted by the time the order was closed.</source>
        <translation>按结单时间计。</translation>
    </message>
    <message>
        <source>taken back to the pool for want of a follow-up, counted by that time.</source>
        <translation>因未跟进被回收到抢单池，按回收时间计。</translation>
    </message>
    <message>
        <source>%1 won → %2 success rate (won ÷ closed).</source>
        <translation>成交 %1 单 → 成功率 %2（成交 ÷ 结单）。</translation>
    </message>
    <message>
        <source>%1 lost + %2 reclaimed → %3 failure rate ((lost + reclaimed) ÷ closed).</source>
        <translation>未成交 %1 单 + 回收 %2 单 → 失败率 %3（（未成交 + 回收）÷ 结单）。</translation>
    </message>
    <message>
        <source>%1 obtained the order → %2 hit rate.</source>
        <translation>抢到 %1 次 → 抢中率 %2。</translation>
    </message>
    <message>
        <source>%1 points ÷ %2 scores → %3 mean score.</source>
        <translation>共 %1 分 ÷ %2 条评分 → 平均 %3 分。</translation>
    </message>
    <message>
        <source>their amounts add up to %1.</source>
        <translation>金额合计 %1。</translation>
    </message>
    <message>
        <source>half of them waited %1 or less from publication to assignment (the median; the list is sorted by the wait).</source>
        <translation>其中一半从发布到分配等待不超过 %1（即中位数；列表按等待时长排序）。</translation>
    </message>
    <message>
        <source>%1 of them to the %2 active grabbers, whose volumes give Jain&apos;s index (Σ volume)² ÷ (%2 × Σ volume²) = %3 (sorted by grabber).</source>
        <translation>其中 %1 单分给了 %2 位在岗抢单员，按他们的接单量算出 Jain 指数 (Σ 接单量)² ÷ (%2 × Σ 接单量²) = %3（按抢单员排序）。</translation>
    </message>
    <message>
        <source>assigned and not closed yet, right now (whatever the period).</source>
        <translation>当前已分配、尚未结单（与所选时段无关）。</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>figure · how many rows</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 Times in %2.</source>
        <translation>%1 时间按 %2 时区显示。</translation>
    </message>
    <message>
        <source>%1. %2, so the card reads “—”, not a number.</source>
        <translation>%1。%2，所以卡片显示“—”，而不是数字。</translation>
    </message>
    <message>
        <source>%1 in %2 (whole days, %3). %4, so the card reads “—”, not a number.</source>
        <translation>%2（按整天计，%3）%1。%4，所以卡片显示“—”，而不是数字。</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 in %2 (whole days, %3).</source>
        <translation>%2（按整天计，%3）%1。</translation>
    </message>
    <message>
        <source>%1 in %2 (whole days, %3): %4</source>
        <translation>%2（按整天计，%3）%1：%4</translation>
    </message>
    <message>
        <source>%1 Listed below: the newest %2 of %3; the figure counts them all.</source>
        <translation>%1 下表只列出最新的 %2 条，共 %3 条；卡片上的数字按全部计算。</translation>
    </message>
    <message>
        <source>Double-click a row to open its order on the board.</source>
        <translation>双击一行，在看板上打开该订单。</translation>
    </message>
</context>
<context>
    <name>grab::ui::DrillModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>violation type (severity)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>grabbed</source>
        <translation>抢单</translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation>智能分单</translation>
    </message>
    <message>
        <source>by the manager</source>
        <translation>主管指派</translation>
    </message>
    <message>
        <source>still held</source>
        <translation>仍在跟进</translation>
    </message>
    <message>
        <source>won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <source>reclaimed</source>
        <translation>已回收</translation>
    </message>
    <message>
        <source>released</source>
        <translation>退回抢单池</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>obtained the order</source>
        <translation>抢到</translation>
    </message>
    <message>
        <source>lost the race</source>
        <translation>没抢到</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>被拒</translation>
    </message>
    <message>
        <source>refused: %1</source>
        <translation>被拒：%1</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <comment>a feedback score</comment>
        <translation>%1 / 5 分</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1（评分 %2）</translation>
    </message>
    <message>
        <source>The amount of the holding</source>
        <translation>在手订单的金额</translation>
    </message>
    <message>
        <source>The amount of the order</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <source>The time that counts the order in the figure: its assignment for volume and response time, its close for won, lost and reclaimed; open orders show when they were assigned</source>
        <translation>订单计入该指标的时间：接单量和响应时间按分配时间，成交、未成交和回收按结单时间；未结单的订单显示分配时间</translation>
    </message>
    <message>
        <source>When the grab was attempted</source>
        <translation>抢单时间</translation>
    </message>
    <message>
        <source>When the customer gave the score</source>
        <translation>客户评分的时间</translation>
    </message>
    <message>
        <source>When the violation was recorded</source>
        <translation>违规记录的时间</translation>
    </message>
    <message>
        <source>When the order entered the pool</source>
        <translation>订单进入抢单池的时间</translation>
    </message>
    <message>
        <source>How long the order waited from its publication to its assignment</source>
        <translation>订单从发布到分配等待了多久</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>How</source>
        <comment>how the order was assigned</comment>
        <translation>方式</translation>
    </message>
    <message>
        <source>When</source>
        <comment>the time that counts the row in the figure</comment>
        <translation>时间</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Why it is flagged</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Waited</source>
        <comment>publication to assignment</comment>
        <translation>等待</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>grab::ui::EscalationWatcher</name>
    <message>
        <source>VIP order #%1 is waiting too long</source>
        <translation>VIP 订单 #%1 等待过久</translation>
    </message>
    <message>
        <source>Its grab deadline has passed.</source>
        <translation>已过抢单截止时间。</translation>
    </message>
    <message>
        <source>Most of its time to the grab deadline has gone.</source>
        <translation>距抢单截止的时间已所剩无几。</translation>
    </message>
    <message>
        <source>It is due for dispatch.</source>
        <translation>已到分单时间。</translation>
    </message>
    <message>
        <source>%1 (VIP customer) has waited %2 in the pool.</source>
        <translation>%1（VIP 客户）的订单已在抢单池中等待 %2。</translation>
    </message>
    <message>
        <source>%1 has reached the daily cap</source>
        <translation>%1 已达每日上限</translation>
    </message>
    <message>
        <source>%1 has taken %2 of %3 orders today; further grabs are refused until tomorrow.</source>
        <translation>%1 今天已接 %2 单（上限 %3 单），明天之前不能再抢单。</translation>
    </message>
    <message>
        <source>%1 is at the open-workload cap</source>
        <translation>%1的在手订单已满</translation>
    </message>
    <message>
        <source>%1 holds %2 open orders (the cap is %3); further grabs are refused until some are closed.</source>
        <translation>%1 手上有 %2 个在手订单（上限 %3），结掉一些之前不能再抢单。</translation>
    </message>
</context>
<context>
    <name>grab::ui::FeedbackDialog</name>
    <message>
        <source>Record feedback for %1</source>
        <translation>为 %1 录入客户反馈</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3 · %4 · closed %5</source>
        <translation>#%1 · %2 · %3 · %4 · %5 结单</translation>
    </message>
    <message>
        <source>Choose the customer&apos;s score</source>
        <translation>选择客户评分</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>What the customer said (optional)</source>
        <translation>客户的原话（选填）</translation>
    </message>
    <message>
        <source>The closed orders of %1 that have no feedback yet, newest first. A score is given once per order and counts in the satisfaction KPI.</source>
        <translation>%1 已结单但还没有反馈的订单，最新的在前。每个订单只评分一次，计入满意度 KPI。</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <source>Record feedback</source>
        <translation>录入反馈</translation>
    </message>
    <message>
        <source>Choose an order and a score first.</source>
        <translation>请先选择订单和评分。</translation>
    </message>
</context>
<context>
    <name>grab::ui::FeedbackModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 分（满分 5）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
</context>
<context>
    <name>grab::ui::FileDialog</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
</context>
<context>
    <name>grab::ui::GrabPoolModel</name>
    <message>
        <source>Grab before %1 (%2)</source>
        <translation>请在 %1 前抢单（%2）</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Amount (元)</source>
        <translation>金额（元）</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Grab within</source>
        <translation>剩余抢单时间</translation>
    </message>
    <message>
        <source>Why not</source>
        <translation>不能抢的原因</translation>
    </message>
</context>
<context>
    <name>grab::ui::GrabWindowModel</name>
    <message>
        <source>(no day)</source>
        <translation>（未选日期）</translation>
    </message>
    <message>
        <source>%1–%2 (next day)</source>
        <translation>%1–次日 %2</translation>
    </message>
    <message>
        <source>Peak</source>
        <translation>高峰</translation>
    </message>
    <message>
        <source>Runs past midnight: it belongs to the day it starts on.</source>
        <translation>跨过午夜：算在开始的那一天。</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>From–to</source>
        <translation>起止时间</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Peak hours</source>
        <translation>高峰时段</translation>
    </message>
</context>
<context>
    <name>grab::ui::GrabberCharts</name>
    <message>
        <source>%1 · %2</source>
        <comment>a chart&apos;s title · the days it shows</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>last %Ln days</source>
        <translation>
            <numerusform>近 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <source>orders-per-day-%1-%2.png</source>
        <comment>a file name</comment>
        <translation>每日结单-%1-%2.png</translation>
    </message>
    <message>
        <source>success-rate-%1-%2.png</source>
        <comment>a file name</comment>
        <translation>成功率-%1-%2.png</translation>
    </message>
    <message>
        <source>satisfaction-%1-%2.png</source>
        <comment>a file name</comment>
        <translation>满意度-%1-%2.png</translation>
    </message>
    <message>
        <source>%1 · orders closed per day</source>
        <translation>%1 · 每日结单</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation>回收</translation>
    </message>
    <message>
        <source>%1 · orders closed per day · none in these days</source>
        <translation>%1 · 每日结单 · 这些天没有结单</translation>
    </message>
    <message>
        <source>Day (%1)</source>
        <comment>axis title; the team&apos;s time zone</comment>
        <translation>日期（%1）</translation>
    </message>
    <message>
        <source>Orders closed</source>
        <translation>结单数</translation>
    </message>
    <message>
        <source>%1: %2 won, %3 lost, %4 reclaimed
Click a colour for its orders</source>
        <translation>%1：成交 %2，未成交 %3，回收 %4
点击颜色块查看对应订单</translation>
    </message>
    <message>
        <source>Won on %1</source>
        <translation>%1 成交</translation>
    </message>
    <message>
        <source>Orders %1 closed as won on %2.</source>
        <translation>%1 在 %2 成交的订单。</translation>
    </message>
    <message>
        <source>Lost on %1</source>
        <translation>%1 未成交</translation>
    </message>
    <message>
        <source>Orders %1 closed as lost on %2.</source>
        <translation>%1 在 %2 未成交的订单。</translation>
    </message>
    <message>
        <source>Reclaimed on %1</source>
        <translation>%1 回收</translation>
    </message>
    <message>
        <source>Orders taken back from %1 on %2 for want of a follow-up.</source>
        <translation>%2 因未跟进从 %1 回收的订单。</translation>
    </message>
    <message numerus="yes">
        <source>Success rate · %Ln-day rolling</source>
        <translation>
            <numerusform>成功率 · %Ln 日滚动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Satisfaction · %Ln-day rolling</source>
        <translation>
            <numerusform>满意度 · %Ln 日滚动</numerusform>
        </translation>
    </message>
    <message>
        <source>Team average</source>
        <translation>团队平均</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <comment>a chart&apos;s title · why a line is missing</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: nothing closed</source>
        <translation>%1：没有结单</translation>
    </message>
    <message>
        <source>%1: no feedback</source>
        <translation>%1：没有客户反馈</translation>
    </message>
    <message>
        <source>Won ÷ closed</source>
        <translation>成交 ÷ 结单</translation>
    </message>
    <message>
        <source>Mean score (1–5)</source>
        <translation>平均评分（1–5）</translation>
    </message>
</context>
<context>
    <name>grab::ui::GrabberDialog</name>
    <message>
        <source>Add grabber</source>
        <translation>添加抢单员</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>optional, e.g. 华东一组</source>
        <translation>可选，例如 华东一组</translation>
    </message>
    <message>
        <source>product lines, comma-separated, e.g. 云服务, 数据库</source>
        <translation>产品线，用逗号分隔，例如 云服务, 数据库</translation>
    </message>
    <message>
        <source>regions, comma-separated; empty: any region</source>
        <translation>区域，用逗号分隔；留空表示任何区域</translation>
    </message>
    <message>
        <source>Own daily cap instead of the level&apos;s:</source>
        <translation>使用个人每日上限（代替级别上限）：</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>姓名：</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>小组：</translation>
    </message>
    <message>
        <source>Level:</source>
        <translation>级别：</translation>
    </message>
    <message>
        <source>Skills:</source>
        <translation>技能：</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Daily cap:</source>
        <translation>每日上限：</translation>
    </message>
    <message>
        <source>Hired on:</source>
        <translation>入职日期：</translation>
    </message>
    <message>
        <source>A grabber needs a name.</source>
        <translation>抢单员需要姓名。</translation>
    </message>
</context>
<context>
    <name>grab::ui::GrabberStartup</name>
    <message>
        <source>There is no grabber %1 in %2.</source>
        <translation>%2 中没有抢单员 %1。</translation>
    </message>
</context>
<context>
    <name>grab::ui::GrabberWindow</name>
    <message>
        <source>grabber %1</source>
        <translation>抢单员 %1</translation>
    </message>
    <message>
        <source>GrabDesk — %1 (grabber)</source>
        <translation>GrabDesk — %1（抢单员）</translation>
    </message>
    <message>
        <source>Reading the pool…</source>
        <translation>正在读取抢单池…</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Orders I can grab</source>
        <translation>我能抢的订单</translation>
    </message>
    <message>
        <source>&amp;Show orders I cannot grab</source>
        <translation>显示我不能抢的订单(&amp;S)</translation>
    </message>
    <message>
        <source>Grab</source>
        <translation>抢单</translation>
    </message>
    <message>
        <source>Grab the selected order (Enter)</source>
        <translation>抢选中的订单（Enter）</translation>
    </message>
    <message>
        <source>Enter, a double-click or Grab takes the selected order. The list follows every grab as it happens.</source>
        <translation>按 Enter、双击或点“抢单”即可抢选中的订单。列表随每一次抢单实时更新。</translation>
    </message>
    <message>
        <source>Grabber %1 is not in this database.</source>
        <translation>该数据库中没有抢单员 %1。</translation>
    </message>
    <message>
        <source>You are on leave: grabbing is closed.</source>
        <translation>你在休假中：暂停抢单。</translation>
    </message>
    <message>
        <source>You are suspended: grabbing is closed. Ask your manager.</source>
        <translation>你已被停用：暂停抢单。请联系主管。</translation>
    </message>
    <message>
        <source>The team dispatches every order now: grabbing is closed.</source>
        <translation>团队目前所有订单都走分单：暂停抢单。</translation>
    </message>
    <message>
        <source>No grab window is open. VIP orders may still be grabbed.</source>
        <translation>现在不在抢单时段内。VIP 订单仍然可以抢。</translation>
    </message>
    <message>
        <source>No grab window is open: grabbing opens %1 (%2). VIP orders may still be grabbed.</source>
        <translation>现在不在抢单时段内：%1 开放抢单（%2）。VIP 订单仍然可以抢。</translation>
    </message>
    <message>
        <source>No grab window is open.</source>
        <translation>现在不在抢单时段内。</translation>
    </message>
    <message>
        <source>No grab window is open: grabbing opens %1 (%2).</source>
        <translation>现在不在抢单时段内：%1 开放抢单（%2）。</translation>
    </message>
    <message>
        <source>%1 of %2 open orders</source>
        <translation>%1 / %2 张待抢订单</translation>
    </message>
    <message>
        <source>all %1 open orders</source>
        <translation>全部 %1 张待抢订单</translation>
    </message>
    <message>
        <source>The pool is empty.
New orders show up here the moment they are published.</source>
        <translation>抢单池是空的。
新订单一发布就会出现在这里。</translation>
    </message>
    <message>
        <source>None of the %1 open orders is open to you right now.
Tick “Show orders I cannot grab” to see why.</source>
        <translation>%1 张待抢订单目前都不对你开放。
勾选“显示我不能抢的订单”查看原因。</translation>
    </message>
    <message>
        <source>Cannot read the pool: %1 Retrying.</source>
        <translation>无法读取抢单池：%1 正在重试。</translation>
    </message>
    <message>
        <source>Live: the pool follows every grab (checked %1).</source>
        <translation>实时：抢单池随每一次抢单更新（检查于 %1）。</translation>
    </message>
    <message>
        <source>Select an order first, then press Enter.</source>
        <translation>请先选中一张订单，再按 Enter。</translation>
    </message>
    <message>
        <source>You cannot grab order #%1: %2 (rule: %3)</source>
        <translation>你不能抢订单 #%1：%2（规则：%3）</translation>
    </message>
    <message>
        <source>You got order #%1 (%2, %3 元)</source>
        <translation>你抢到了订单 #%1（%2，%3 元）</translation>
    </message>
    <message>
        <source>Someone was faster: order #%1 is taken.</source>
        <translation>有人更快：订单 #%1 已被抢走。</translation>
    </message>
    <message>
        <source>Order #%1 is no longer in the pool: %2</source>
        <translation>订单 #%1 已不在抢单池：%2</translation>
    </message>
    <message>
        <source>Refused: %1 (rule: %2)</source>
        <translation>被拒：%1（规则：%2）</translation>
    </message>
    <message>
        <source>The grab did not go through: %1</source>
        <translation>抢单没有成功：%1</translation>
    </message>
    <message>
        <source>Reconnecting to the team server… Grabs are refused until it answers.</source>
        <translation>正在重新连接团队服务器… 在它响应之前不能抢单。</translation>
    </message>
    <message>
        <source>Offline since %1: the team server does not answer. Grabs are refused until it does; GrabDesk keeps trying.</source>
        <translation>自 %1 起离线：团队服务器没有响应。在它响应之前不能抢单；GrabDesk 会一直重试。</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Daily cap reached: you have taken %1 of the %2 orders allowed today. Grabbing opens again tomorrow.</source>
        <translation>已达每日上限：今天允许的 %2 单中你已拿到 %1 单。明天可以再抢。</translation>
    </message>
    <message>
        <source>Your hands are full: %1 of %2 open orders. Close or hand back one before grabbing another.</source>
        <translation>手上订单已满：在手 %1 单，上限 %2 单。请先结单或交回一单再抢。</translation>
    </message>
</context>
<context>
    <name>grab::ui::HeldRowsBar</name>
    <message numerus="yes">
        <source>%n new order(s) ↑</source>
        <translation>
            <numerusform>%n 个新订单 ↑</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::ImportDialog</name>
    <message>
        <source>Grabbers</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Orders (published to the pool)</source>
        <translation>订单（发布到抢单池）</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Import from CSV</source>
        <translation>从 CSV 导入</translation>
    </message>
    <message>
        <source>A CSV file: UTF-8, UTF-16 or GB18030; comma, semicolon or tab</source>
        <translation>CSV 文件：UTF-8、UTF-16 或 GB18030 编码；以逗号、分号或制表符分隔</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Import:</source>
        <translation>导入：</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>Nothing is written until you confirm: the file is checked first.</source>
        <translation>确认之前不会写入任何数据：先检查文件。</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Every row in one transaction; with any bad row nothing is imported.</source>
        <translation>所有行一次写入；只要有一行有问题，就全部不导入。</translation>
    </message>
    <message>
        <source>Import valid rows only</source>
        <translation>只导入有效行</translation>
    </message>
    <message>
        <source>The bad rows listed above are left out.</source>
        <translation>上面列出的问题行不导入。</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Could not open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <source>This file cannot be imported as it is.</source>
        <translation>此文件按现状无法导入。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消，没有导入任何数据。</translation>
    </message>
    <message>
        <source>%1 rows: %2 valid, %3 with problems · %4 · delimiter %5</source>
        <translation>共 %1 行：有效 %2 行，有问题 %3 行 · %4 · 分隔符 %5</translation>
    </message>
    <message>
        <source>Every row is valid. Nothing is written until you press Import.</source>
        <translation>所有行都有效。点“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <source>1 row cannot be imported; the reason is listed above.</source>
        <translation>有 1 行无法导入，原因见上表。</translation>
    </message>
    <message>
        <source>%1 rows cannot be imported; the reasons are listed above.</source>
        <translation>有 %1 行无法导入，原因见上表。</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3; %4 bad rows left out.</source>
        <translation>已从 %3 导入 %1 行（共 %2 行）；%4 个问题行未导入。</translation>
    </message>
    <message>
        <source>Imported %1 of %2 rows from %3.</source>
        <translation>已从 %3 导入 %1 行（共 %2 行）。</translation>
    </message>
    <message>
        <source>Nothing was imported: %1 rows are invalid.</source>
        <translation>没有导入任何数据：有 %1 行无效。</translation>
    </message>
    <message>
        <source>The file&apos;s columns appear here once it is chosen.</source>
        <translation>选择文件后，这里会列出它的各列。</translation>
    </message>
    <message>
        <source>How each column of the file is read. Change any choice before checking.</source>
        <translation>文件各列的读取方式。检查之前可以修改任何选择。</translation>
    </message>
    <message numerus="yes">
        <source>%n column(s) of the file need a choice: a field, or Ignore.</source>
        <translation>
            <numerusform>文件中有 %n 列需要选择：某个字段，或忽略。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose how to read every column of the file first: a field, or Ignore.</source>
        <translation>请先为文件的每一列选择读取方式：某个字段，或忽略。</translation>
    </message>
</context>
<context>
    <name>grab::ui::ImportIssueModel</name>
    <message>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>grab::ui::IntegrityBanner</name>
    <message>
        <source>Save a recovered copy…</source>
        <translation>保存一份恢复副本…</translation>
    </message>
    <message>
        <source>The database %1 is damaged: GrabDesk will not write to it, so that the damage does not spread. Save a recovered copy and open that. SQLite says: %2</source>
        <translation>数据库 %1 已损坏：为免损坏扩散，GrabDesk 不会再写入它。请保存一份恢复副本并打开该副本。SQLite 报告：%2</translation>
    </message>
    <message numerus="yes">
        <source>This database was altered outside GrabDesk: %1 Run &quot;grabctl verify&quot; for every place found (%n in all).</source>
        <translation>
            <numerusform>此数据库在 GrabDesk 之外被改动过：%1 运行“grabctl verify”可查看发现的每一处（共 %n 处）。</numerusform>
        </translation>
    </message>
    <message>
        <source>GrabDesk could not check this database at start: %1</source>
        <translation>GrabDesk 启动时无法检查此数据库：%1</translation>
    </message>
    <message numerus="yes">
        <source>Saved all %n rows to %1. Open it with File ▸ Open….</source>
        <translation>
            <numerusform>已将全部 %n 行保存到 %1。请用“文件 ▸ 打开…”打开它。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n readable rows to %1; %2 damaged places in %3 could not be read. Open it with File ▸ Open….</source>
        <translation>
            <numerusform>已将 %n 行可读数据保存到 %1；%3 中有 %2 处损坏无法读取。请用“文件 ▸ 打开…”打开它。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a recovered copy</source>
        <translation>保存恢复副本</translation>
    </message>
    <message>
        <source>GrabDesk databases (*.sqlite)</source>
        <translation>GrabDesk 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Saving a recovered copy…</source>
        <translation>正在保存恢复副本…</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation>
            <numerusform>（另有 %n 处）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::KpiCard</name>
    <message>
        <source>“—”: %1, so there is no figure (not 0).</source>
        <translation>“—”：%1，所以没有数值（不是 0）。</translation>
    </message>
    <message>
        <source>now, not in the period</source>
        <translation>当前数，不分时段</translation>
    </message>
    <message>
        <source>— no change to show</source>
        <translation>— 无变化可比</translation>
    </message>
    <message>
        <source>— nothing to compare</source>
        <translation>— 无可对比数据</translation>
    </message>
    <message>
        <source>Previous period %1: “—”, %2.</source>
        <translation>上期 %1：“—”，%2。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a change, then what it is against</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <source>Previous period %1: %2.</source>
        <translation>上期 %1：%2。</translation>
    </message>
    <message>
        <source>team avg %1</source>
        <translation>团队平均 %1</translation>
    </message>
    <message>
        <source>Team average: the mean over the active grabbers for whom the figure is defined.</source>
        <translation>团队平均：有该项数据的在岗抢单员的平均值。</translation>
    </message>
    <message>
        <source>Team average “—”: no active grabber has this figure in the period.</source>
        <translation>团队平均“—”：本期没有在岗抢单员有该项数据。</translation>
    </message>
    <message>
        <source>Previous period %1: no data (nothing happened in it), so there is no change to show.</source>
        <translation>上一期间 %1：没有数据（期间内没有任何活动），因此无法显示变化。</translation>
    </message>
</context>
<context>
    <name>grab::ui::KpiPanel</name>
    <message>
        <source>orders assigned</source>
        <translation>分配订单</translation>
    </message>
    <message>
        <source>closed as won</source>
        <translation>以成交结单</translation>
    </message>
    <message>
        <source>closed as lost</source>
        <translation>以未成交结单</translation>
    </message>
    <message>
        <source>back to the pool: no follow-up</source>
        <translation>未跟进，被回收到抢单池</translation>
    </message>
    <message>
        <source>%1 won of %2 closed</source>
        <translation>结单 %2，成交 %1</translation>
    </message>
    <message>
        <source>%1 lost + %2 reclaimed of %3</source>
        <translation>结单 %3：未成交 %1 + 回收 %2</translation>
    </message>
    <message>
        <source>%1 of %2 grab attempts</source>
        <translation>抢单 %2 次，抢到 %1 次</translation>
    </message>
    <message>
        <source>n = %1 feedback</source>
        <translation>共 %1 条客户反馈</translation>
    </message>
    <message numerus="yes">
        <source>from %Ln orders won</source>
        <translation>
            <numerusform>来自 %Ln 笔成交</numerusform>
        </translation>
    </message>
    <message>
        <source>publication → assignment</source>
        <translation>发布 → 分配</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <source>most: %1 (%2)</source>
        <translation>最多：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <source>over %Ln active grabbers</source>
        <translation>
            <numerusform>基于 %Ln 位在岗抢单员</numerusform>
        </translation>
    </message>
    <message>
        <source>assigned, not yet closed</source>
        <translation>已分配，尚未结单</translation>
    </message>
</context>
<context>
    <name>grab::ui::LeaderboardModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>satisfaction and its count</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 — double-click for their dashboard</source>
        <translation>%1 — 双击查看其数据看板</translation>
    </message>
    <message>
        <source>%1 is not active now; shown for what they did in the period</source>
        <translation>%1 目前不在岗；显示的是其本期的数据</translation>
    </message>
    <message numerus="yes">
        <source>The mean of %Ln feedback scores</source>
        <translation>
            <numerusform>%Ln 条客户反馈评分的平均值</numerusform>
        </translation>
    </message>
    <message>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <source>Recl.</source>
        <comment>reclaimed, short column title</comment>
        <translation>回收</translation>
    </message>
    <message>
        <source>Success</source>
        <comment>success rate, short column title</comment>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Failure</source>
        <comment>failure rate, short column title</comment>
        <translation>失败率</translation>
    </message>
    <message>
        <source>Hit</source>
        <comment>hit rate, short column title</comment>
        <translation>抢中率</translation>
    </message>
    <message>
        <source>Resp.</source>
        <comment>median response time, short column title</comment>
        <translation>响应</translation>
    </message>
    <message>
        <source>Satisf. (n)</source>
        <comment>satisfaction and its count, short column title</comment>
        <translation>满意度(条)</translation>
    </message>
    <message>
        <source>Viol.</source>
        <comment>violations, short column title</comment>
        <translation>违规</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>orders open now, short column title</comment>
        <translation>在手</translation>
    </message>
    <message>
        <source>Grabber — double-click a row for their dashboard; a grey row is a grabber not active now</source>
        <translation>抢单员 — 双击某行查看其数据看板；灰色行是目前不在岗的抢单员</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>full column title — its definition</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>In brackets: the number of scores.</source>
        <translation>括号内为评分条数。</translation>
    </message>
</context>
<context>
    <name>grab::ui::LiveOrderModel</name>
    <message>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>only %1</source>
        <translation>仅限 %1</translation>
    </message>
    <message>
        <source>Restricted: %1</source>
        <translation>已限制：%1</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Skill</source>
        <translation>技能</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Waiting</source>
        <comment>time since the order entered the pool or was assigned</comment>
        <translation>已等待</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <comment>the last follow-up</comment>
        <translation>%1前</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <source>%1 last followed this order up at %2.</source>
        <translation>%1 最近一次跟进此订单是在 %2。</translation>
    </message>
    <message>
        <source>%1 has not followed this order up since taking it at %2.</source>
        <translation>%1 自 %2 接单以来尚未跟进此订单。</translation>
    </message>
    <message>
        <source>due now</source>
        <translation>即将收回</translation>
    </message>
    <message>
        <source>Returns to the pool at %1 unless %2 follows it up: the rules allow %3 h without a follow-up.</source>
        <translation>除非 %2 跟进，否则将在 %1 退回抢单池：规则允许最长 %3 小时不跟进。</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Reclaim in</source>
        <comment>time left before an order without follow-up returns to the pool</comment>
        <translation>距收回</translation>
    </message>
</context>
<context>
    <name>grab::ui::LoadModel</name>
    <message>
        <source>At a limit</source>
        <translation>已达上限</translation>
    </message>
    <message>
        <source>Near a limit</source>
        <translation>接近上限</translation>
    </message>
    <message>
        <source>%1 open orders of at most %2: %3 more may be taken.</source>
        <translation>在手 %1 张，上限 %2 张：还能接 %3 张。</translation>
    </message>
    <message>
        <source>%1 orders today of a daily cap of %2%3: %4 left.</source>
        <translation>今天 %1 张，每日上限 %2 张%3：还剩 %4 张。</translation>
    </message>
    <message>
        <source> (personal cap)</source>
        <translation>（个人上限）</translation>
    </message>
    <message>
        <source>Grab attempts today that did not win: lost races and refusals.</source>
        <translation>今天没有成功的抢单次数：没抢到和被拒。</translation>
    </message>
    <message>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>grab attempts that did not win</comment>
        <translation>没抢到</translation>
    </message>
    <message>
        <source>Open orders held now, against the open-workload cap</source>
        <translation>现在在手的订单，对比在手上限</translation>
    </message>
    <message>
        <source>Orders taken today, against the daily cap</source>
        <translation>今天抢到的订单，对比每日上限</translation>
    </message>
    <message>
        <source>Open</source>
        <comment>orders held now, against the cap</comment>
        <translation>在手</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>orders taken today, against the cap</comment>
        <translation>今天</translation>
    </message>
</context>
<context>
    <name>grab::ui::LoadPanel</name>
    <message>
        <source>Near a limit</source>
        <translation>接近上限</translation>
    </message>
    <message>
        <source>Load: open orders and today&apos;s grabs against the caps</source>
        <translation>负荷：在手订单、今日抢单与上限</translation>
    </message>
</context>
<context>
    <name>grab::ui::MainWindow</name>
    <message>
        <source>GrabDesk — %1</source>
        <translation>GrabDesk — %1</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>抢单看板</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>季度考核</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏这条消息</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>No database was found at %1, so GrabDesk created a demo team there: %2 grabbers and %3 orders over the last %4 days. Explore freely; use File ▸ Open… to work on another database.</source>
        <translation>在 %1 没有找到数据库，GrabDesk 已在那里创建了一个演示团队：%2 名抢单员，最近 %4 天共 %3 张订单。可以随意体验；要打开别的数据库，请用“文件 ▸ 打开…”。</translation>
    </message>
    <message>
        <source>Rules checked at %1: %2 reclaimed, %3 warned, %4 expired, %5 dispatched.</source>
        <translation>%1 已检查规则：回收 %2 张，提醒 %3 张，过期 %4 张，分单 %5 张。</translation>
    </message>
    <message>
        <source>Rules check at %1 failed: %2</source>
        <translation>%1 检查规则失败：%2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Reload the board</source>
        <translation>刷新看板(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Order</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Start the simulator…</source>
        <translation>启动模拟器(&amp;S)…</translation>
    </message>
    <message>
        <source>Simulator</source>
        <translation>模拟器</translation>
    </message>
    <message>
        <source>Simulated grabbers race for new orders through the real rules, writing to this database. Use it on a demo database only.

Events per second:</source>
        <translation>模拟抢单员按真实规则抢新订单，并写入这个数据库。只能在演示数据库上使用。

每秒事件数：</translation>
    </message>
    <message>
        <source>S&amp;top the simulator</source>
        <translation>停止模拟器(&amp;T)</translation>
    </message>
    <message>
        <source>The simulator stopped: %1</source>
        <translation>模拟器已停止：%1</translation>
    </message>
    <message>
        <source>Simulator: %1</source>
        <translation>模拟器：%1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About GrabDesk</source>
        <translation>关于 GrabDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Simulator running · %1 events/s</source>
        <translation>模拟器运行中 · 每秒 %1 个事件</translation>
    </message>
    <message>
        <source>Grab window: …</source>
        <translation>抢单时段：…</translation>
    </message>
    <message>
        <source>Grab window: %1 (peak) · until %2</source>
        <translation>抢单时段：%1（高峰时段）· 到 %2</translation>
    </message>
    <message>
        <source>Grab window: %1 · until %2</source>
        <translation>抢单时段：%1 · 到 %2</translation>
    </message>
    <message>
        <source>Grab window: %1 (peak)</source>
        <translation>抢单时段：%1（高峰时段）</translation>
    </message>
    <message>
        <source>Grab window: %1</source>
        <translation>抢单时段：%1</translation>
    </message>
    <message>
        <source>Grab window: closed · opens %1</source>
        <translation>抢单时段：已关闭 · %1 开放</translation>
    </message>
    <message>
        <source>Grab window: closed</source>
        <translation>抢单时段：已关闭</translation>
    </message>
    <message>
        <source>Times in the team&apos;s time zone, %1.</source>
        <translation>时间按团队时区（%1）。</translation>
    </message>
    <message>
        <source>● Connecting…</source>
        <translation>● 正在连接…</translation>
    </message>
    <message>
        <source>● Live feed not responding for %1</source>
        <translation>● 实时数据已 %1 无响应</translation>
    </message>
    <message>
        <source>● Live · %1 events/s</source>
        <translation>● 实时 · 每秒 %1 个事件</translation>
    </message>
    <message>
        <source>Open a GrabDesk database</source>
        <translation>打开 GrabDesk 数据库</translation>
    </message>
    <message>
        <source>GrabDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>GrabDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>GrabDesk</source>
        <translation>GrabDesk</translation>
    </message>
    <message>
        <source>Could not start GrabDesk for %1.</source>
        <translation>无法为 %1 启动 GrabDesk。</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>unknown (%1)</source>
        <translation>未知（%1）</translation>
    </message>
    <message>
        <source>GrabDesk could not restart itself. Please start it again.</source>
        <translation>GrabDesk 无法自动重启，请手动再次启动。</translation>
    </message>
    <message>
        <source>● Live feed stopped</source>
        <translation>● 实时更新已停止</translation>
    </message>
    <message>
        <source>● Reconnecting…</source>
        <translation>● 正在重新连接…</translation>
    </message>
    <message>
        <source>%1
Changes are refused until the server answers again.</source>
        <translation>%1
在服务器重新响应之前，任何更改都会被拒绝。</translation>
    </message>
    <message>
        <source>● Offline since %1</source>
        <translation>● 自 %1 起离线</translation>
    </message>
    <message>
        <source>%1
Changes are refused until the server answers again; GrabDesk keeps trying.</source>
        <translation>%1
在服务器重新响应之前，任何更改都会被拒绝；GrabDesk 会一直重试。</translation>
    </message>
    <message>
        <source>Rules run by the GrabDesk service on %1.</source>
        <translation>规则由 %1 上的 GrabDesk 服务执行。</translation>
    </message>
    <message>
        <source>Rules run by the GrabDesk service on %1 · last checked %2.</source>
        <translation>规则由 %1 上的 GrabDesk 服务执行 · 上次检查于 %2。</translation>
    </message>
    <message>
        <source>A service (grabctl serve) reclaims, expires and dispatches on the rules&apos; schedule, with no window open.</source>
        <translation>服务（grabctl serve）按规则的时间表回收、过期和派单，无需打开任何窗口。</translation>
    </message>
    <message>
        <source>No rules service is running: nothing is reclaimed, expired or dispatched.</source>
        <translation>没有运行规则服务：不会回收、过期或派发任何订单。</translation>
    </message>
    <message>
        <source>On a team server only the service runs the rules. Start it where the server runs: grabctl --db ADDRESS serve (the README&apos;s &quot;A team server&quot; says how to keep it running).</source>
        <translation>在团队服务器上只有服务执行规则。请在服务器所在的机器上启动它：grabctl --db 地址 serve（README 的“A team server”一节说明如何让它持续运行）。</translation>
    </message>
    <message>
        <source>Connect to a &amp;team server…</source>
        <translation>连接团队服务器(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Find an order, customer or grabber</source>
        <translation>查找订单、客户或抢单员(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New order…</source>
        <translation>新建订单(&amp;N)…</translation>
    </message>
    <message>
        <source>New &amp;customer…</source>
        <translation>新建客户(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
</context>
<context>
    <name>grab::ui::MessageStrip</name>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>grab::ui::NewCycleDialog</name>
    <message>
        <source>New review cycle</source>
        <translation>新建考核周期</translation>
    </message>
    <message>
        <source>KPIs: weight and quarter target</source>
        <translation>KPI：权重与季度目标</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>%1 (at most)</source>
        <translation>%1（上限）</translation>
    </message>
    <message>
        <source>Final score and grades</source>
        <translation>最终得分与等级</translation>
    </message>
    <message>
        <source>KPI share of the final score:</source>
        <translation>KPI 在最终得分中的占比：</translation>
    </message>
    <message>
        <source>Achievement cap:</source>
        <translation>达成率上限：</translation>
    </message>
    <message>
        <source>Grade A from:</source>
        <translation>A 级起点：</translation>
    </message>
    <message>
        <source>Grade B from:</source>
        <translation>B 级起点：</translation>
    </message>
    <message>
        <source>Grade C from (below: D):</source>
        <translation>C 级起点（以下为 D）：</translation>
    </message>
    <message>
        <source>Prefilled from the rule set (version %1). They can change while the cycle is a draft, never after it is opened.</source>
        <translation>已按规则（版本 %1）预填。考核周期为草稿时可以修改，开启后不能再改。</translation>
    </message>
    <message>
        <source>Create draft</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
</context>
<context>
    <name>grab::ui::NoteDialog</name>
    <message>
        <source>New note</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <source>One-to-one with %1</source>
        <translation>与 %1 的一对一面谈</translation>
    </message>
    <message>
        <source>Weekly team meeting</source>
        <translation>团队周例会</translation>
    </message>
    <message>
        <source>e.g. Follow-up discipline on key accounts</source>
        <translation>例如：重点客户的跟进纪律</translation>
    </message>
    <message>
        <source>What was said, agreed, or is to be watched.</source>
        <translation>谈了什么、达成了什么、需要关注什么。</translation>
    </message>
    <message>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>What is to be done</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <source>A grabber, or type a name (e.g. your own) for someone outside the team.</source>
        <translation>选择抢单员；团队以外的人（比如你自己）直接输入姓名。</translation>
    </message>
    <message>
        <source>due</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Held on</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Action items — each has an owner; open ones show on the owner&apos;s page until ticked done.</source>
        <translation>待办事项——每项都有负责人；未完成的事项会一直显示在负责人的页面上，直到勾选完成。</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <source>Give the note a title or some text first.</source>
        <translation>请先填写记录的标题或内容。</translation>
    </message>
</context>
<context>
    <name>grab::ui::NoteModel</name>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>No action items</source>
        <translation>无待办事项</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>%1, %2, written by %3</source>
        <translation>%1，%2，记录人 %3</translation>
    </message>
    <message>
        <source>Done %1</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Done. Untick it to reopen.</source>
        <translation>已完成。取消勾选可重新打开。</translation>
    </message>
    <message>
        <source>Open. Tick it when it is done.</source>
        <translation>未完成。完成后请勾选。</translation>
    </message>
    <message>
        <source>%1&apos;s item. %2</source>
        <translation>%1 的事项。%2</translation>
    </message>
    <message>
        <source>Note / action item</source>
        <translation>记录 / 待办事项</translation>
    </message>
    <message>
        <source>With / owner</source>
        <translation>对象 / 负责人</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>grab::ui::NoticeButton</name>
    <message>
        <source>Escalations, refused actions and service warnings (Ctrl+Shift+N)</source>
        <translation>升级提醒、被拒绝的操作和服务警告（Ctrl+Shift+N）</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Nothing to report. Escalations, refused actions and service warnings appear here.</source>
        <translation>暂无通知。升级提醒、被拒绝的操作和服务警告会显示在这里。</translation>
    </message>
    <message>
        <source>Notifications · %1</source>
        <translation>通知 · %1</translation>
    </message>
</context>
<context>
    <name>grab::ui::NoticeFeeds</name>
    <message>
        <source>Not done</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Not done on %1</source>
        <translation>%1：未完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Failed on %1</source>
        <translation>%1：失败</translation>
    </message>
    <message>
        <source>The rules&apos; timers failed</source>
        <translation>规则定时任务失败</translation>
    </message>
    <message>
        <source>Orders were not reclaimed, expired or dispatched this time: %1</source>
        <translation>本次未能收回、过期或派发订单：%1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>No rules service is running</source>
        <translation>规则服务未运行</translation>
    </message>
    <message>
        <source>Nothing is reclaimed, expired or dispatched until the GrabDesk service runs again on the team server (grabctl serve).</source>
        <translation>在团队服务器上重新运行 GrabDesk 服务（grabctl serve）之前，不会收回、过期或派发任何订单。</translation>
    </message>
    <message>
        <source>The live feed was lost</source>
        <translation>实时数据已中断</translation>
    </message>
    <message>
        <source>The board no longer follows the database, and changes are refused until it answers again. GrabDesk keeps trying.</source>
        <translation>看板不再跟随数据库，在其恢复响应之前一切修改都会被拒绝。GrabDesk 会持续重试。</translation>
    </message>
    <message>
        <source>Live feed</source>
        <translation>实时数据</translation>
    </message>
</context>
<context>
    <name>grab::ui::PeriodPicker</name>
    <message>
        <source>Whole days in the team&apos;s time zone; weeks start on Monday</source>
        <translation>按团队时区的整天计算；每周从周一开始</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day (included)</source>
        <translation>最后一天（含）</translation>
    </message>
</context>
<context>
    <name>grab::ui::PreferencesDialog</name>
    <message>
        <source> points</source>
        <translation> 个百分点</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
    <message>
        <source>Team time zone</source>
        <translation>团队时区</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <source>Put the desktop preferences back as GrabDesk ships them; the team&apos;s time zone stays as it is.</source>
        <translation>把本机的首选项恢复为 GrabDesk 的默认值；团队时区保持不变。</translation>
    </message>
    <message>
        <source>System (follow the desktop)</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Default database</source>
        <translation>默认数据库</translation>
    </message>
    <message>
        <source>GrabDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>GrabDesk 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Use the open one</source>
        <translation>使用当前打开的</translation>
    </message>
    <message>
        <source>Mute notifications of escalations (a starving VIP order, an overloaded grabber)</source>
        <translation>不弹出告警通知（VIP 订单久等无人抢、抢单员超负荷）</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>A new language applies when GrabDesk restarts.</source>
        <translation>更换语言后，重启 GrabDesk 生效。</translation>
    </message>
    <message>
        <source>Default database:</source>
        <translation>默认数据库：</translation>
    </message>
    <message>
        <source>The file GrabDesk opens when started without --db; empty means the usual one (in grey). If it is missing or cannot be opened at start, GrabDesk opens the usual one and says so.</source>
        <translation>不带 --db 启动时 GrabDesk 打开的文件；留空则使用常规位置（灰色显示）。启动时若该文件不存在或无法打开，GrabDesk 会改为打开常规位置的文件并给出提示。</translation>
    </message>
    <message>
        <source>Notifications:</source>
        <translation>通知：</translation>
    </message>
    <message>
        <source>The team works in %1 (rule set version %2).</source>
        <translation>团队当前使用时区 %1（规则第 %2 版）。</translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation>无法读取规则：%1</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>当前没有打开数据库。</translation>
    </message>
    <message>
        <source>Grab windows, daily caps and every report&apos;s days follow this zone. It belongs to the team, not to this desktop: a change is a new version of the rules, recorded with who changed it and when.</source>
        <translation>抢单时段、每日上限和各报表的日期都按这个时区计算。时区属于整个团队而非本机：修改后会生成新版本的规则，并记录修改人和修改时间。</translation>
    </message>
    <message>
        <source>Follow the interface language</source>
        <translation>跟随界面语言</translation>
    </message>
    <message>
        <source>English keys (for scripts)</source>
        <translation>英文字段名（供脚本使用）</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>UTF-8 byte order mark (Excel needs it to read Chinese)</source>
        <translation>UTF-8 BOM 标记（Excel 需要它才能正确显示中文）</translation>
    </message>
    <message>
        <source>Side-car file (FILE.csv.json)</source>
        <translation>附带说明文件（FILE.csv.json）</translation>
    </message>
    <message>
        <source>Comment lines before the header (Excel shows them as rows)</source>
        <translation>表头前的注释行（Excel 中显示为普通行）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不附带</translation>
    </message>
    <message>
        <source>Where the Reports page starts. It remembers what you choose there until these defaults change.</source>
        <translation>报表页面的初始选项。在此处修改默认值之前，报表页面会记住您上次的选择。</translation>
    </message>
    <message>
        <source>Column names:</source>
        <translation>列名：</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>来源说明：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>critical from</source>
        <translation>严重：</translation>
    </message>
    <message>
        <source>Refresh at most every:</source>
        <translation>最快刷新间隔：</translation>
    </message>
    <message>
        <source>While the Dashboards page is on screen and grabs keep arriving, its figures are read again at most this often. The board itself is live and does not wait.</source>
        <translation>数据看板页面显示期间若不断有新的抢单，数据最快按此间隔重新读取。抢单看板本身是实时的，不受此限制。</translation>
    </message>
    <message>
        <source>Success rate dropped by:</source>
        <translation>成功率下降：</translation>
    </message>
    <message>
        <source>Failure rate over the team&apos;s by:</source>
        <translation>失败率高出团队：</translation>
    </message>
    <message>
        <source>Team failure rate at:</source>
        <translation>团队失败率达到：</translation>
    </message>
    <message>
        <source>Closed orders needed for a rate alert:</source>
        <translation>触发比率预警所需的已结订单数：</translation>
    </message>
    <message>
        <source>A grabber&apos;s failure rate is compared with the team&apos;s in the same period: deals are lost more often in some months than others. Overload and repeated violations follow the rules.</source>
        <translation>抢单员的失败率与同期团队失败率比较，因为有些月份本来就更容易丢单。超负荷和屡次违规按规则判断。</translation>
    </message>
    <message>
        <source>Choose the team&apos;s time zone in the list: the search matches none.</source>
        <translation>请在列表中选择团队时区：搜索没有匹配的时区。</translation>
    </message>
    <message>
        <source>The team&apos;s time zone could not be changed: %1</source>
        <translation>无法修改团队时区：%1</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The new language applies when GrabDesk restarts. Restart now?</source>
        <translation>新语言在 GrabDesk 重启后生效。现在重启吗？</translation>
    </message>
</context>
<context>
    <name>grab::ui::PriorityEditor</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Customer tier (points)</source>
        <translation>客户等级（分值）</translation>
    </message>
    <message>
        <source>:</source>
        <translation>：</translation>
    </message>
    <message>
        <source>Priority from the score</source>
        <translation>按分数定优先级</translation>
    </message>
    <message>
        <source>P1 from score:</source>
        <translation>P1 起始分：</translation>
    </message>
    <message>
        <source>P2 from score:</source>
        <translation>P2 起始分：</translation>
    </message>
    <message>
        <source>P3 from score:</source>
        <translation>P3 起始分：</translation>
    </message>
    <message>
        <source>Below the P3 score an order is P4.</source>
        <translation>低于 P3 起始分的订单为 P4。</translation>
    </message>
    <message>
        <source>From amount (¥)</source>
        <translation>起始金额（¥）</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>An order&apos;s score is its tier&apos;s points plus its amount band&apos;s plus its region&apos;s; the score gives its priority. P1 is the highest.</source>
        <translation>订单分数 = 客户等级分 + 金额档分 + 区域分，按分数定优先级，P1 最高。</translation>
    </message>
    <message>
        <source>Amount bands</source>
        <translation>金额档</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Amount band %1: &quot;%2&quot; is not an amount in yuan, such as 20000.</source>
        <translation>金额档 %1：“%2”不是金额，请按元填写，例如 20000。</translation>
    </message>
    <message>
        <source>Region %1 has no name.</source>
        <translation>区域 %1 没有名称。</translation>
    </message>
    <message>
        <source>The priority scores must fall from P1 to P3 (P1 from %1, P2 from %2, P3 from %3).</source>
        <translation>起始分须从 P1 到 P3 依次降低（P1 %1，P2 %2，P3 %3）。</translation>
    </message>
</context>
<context>
    <name>grab::ui::PublishDialog</name>
    <message>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <source>e.g. 12000 or 8500.50</source>
        <translation>例如 12000 或 8500.50</translation>
    </message>
    <message>
        <source>the customer&apos;s region</source>
        <translation>客户所在区域</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Customer:</source>
        <translation>客户：</translation>
    </message>
    <message>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <source>Skill:</source>
        <translation>技能：</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>区域：</translation>
    </message>
    <message>
        <source>Grab deadline:</source>
        <translation>抢单截止：</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>The rules give it its priority; it goes into the pool at once.</source>
        <translation>优先级由规则给出；订单会立即进入订单池。</translation>
    </message>
    <message>
        <source>%1 (the customer&apos;s)</source>
        <translation>%1（客户所在区域）</translation>
    </message>
    <message>
        <source>Choose the customer from the list (type part of the name to find it).</source>
        <translation>请从列表中选择客户（输入名称的一部分即可查找）。</translation>
    </message>
    <message>
        <source>The amount is yuan above 0, e.g. 12000 or 8500.50.</source>
        <translation>金额须为大于 0 的元数，例如 12000 或 8500.50。</translation>
    </message>
    <message>
        <source>Name the skill the order needs: dispatch and the pool&apos;s filters match on it.</source>
        <translation>请填写订单所需技能：派单和订单池筛选都按它匹配。</translation>
    </message>
</context>
<context>
    <name>grab::ui::QuotaPanel</name>
    <message>
        <source>%1 (peak), %2</source>
        <translation>%1（高峰时段），%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Left today</source>
        <translation>今天还能抢</translation>
    </message>
    <message>
        <source>My quota</source>
        <translation>我的额度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>每日上限</translation>
    </message>
    <message>
        <source>Taken today</source>
        <translation>今天已接</translation>
    </message>
    <message>
        <source>Missed attempts</source>
        <translation>没抢到的次数</translation>
    </message>
    <message>
        <source>Open workload</source>
        <translation>在手订单</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>在手</translation>
    </message>
    <message>
        <source>Room for</source>
        <translation>还能接</translation>
    </message>
    <message>
        <source>Grab window</source>
        <translation>抢单时段</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>下次变化</translation>
    </message>
    <message>
        <source>of 1 order today</source>
        <translation>张（今天上限 1 张）</translation>
    </message>
    <message>
        <source>of %1 orders today</source>
        <translation>张（今天上限 %1 张）</translation>
    </message>
    <message>
        <source>%1 (my personal cap)</source>
        <translation>%1（我的个人上限）</translation>
    </message>
    <message>
        <source>%1 (%2 cap)</source>
        <translation>%1（%2上限）</translation>
    </message>
    <message>
        <source>Orders that reached you today, grabbed or dispatched, also those released since.</source>
        <translation>今天分到你手上的订单，抢到的或分单的都算，之后退回的也算。</translation>
    </message>
    <message>
        <source>Grab attempts today that lost the race or were refused: they do not count against the cap.</source>
        <translation>今天没抢到或被拒的次数：不占每日上限。</translation>
    </message>
    <message>
        <source>Today = %1, %2</source>
        <translation>今天 = %1，%2</translation>
    </message>
    <message>
        <source>The daily cap counts from midnight to midnight in the team&apos;s time zone.</source>
        <translation>每日上限按团队时区从零点到零点计算。</translation>
    </message>
    <message>
        <source>%1 of %2 open orders</source>
        <translation>%1 / %2 张</translation>
    </message>
    <message>
        <source>1 more order</source>
        <translation>1 张</translation>
    </message>
    <message>
        <source>%1 more orders</source>
        <translation>%1 张</translation>
    </message>
    <message>
        <source>None: the team dispatches every order</source>
        <translation>无：团队所有订单都走分单</translation>
    </message>
    <message>
        <source>Closed (VIP orders stay open)</source>
        <translation>已关闭（VIP 订单仍开放）</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>None in the coming week</source>
        <translation>未来一周内没有</translation>
    </message>
    <message>
        <source>%1 opens</source>
        <translation>%1开放</translation>
    </message>
    <message>
        <source>grabbing closes</source>
        <translation>停止抢单</translation>
    </message>
    <message>
        <source>%1: %2, in %3</source>
        <translation>%1：%2，%3后</translation>
    </message>
</context>
<context>
    <name>grab::ui::RecentRowsPanel</name>
    <message>
        <source>sales skills</source>
        <translation>销售技巧</translation>
    </message>
    <message>
        <source>product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <source>customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <source>Open action items</source>
        <translation>未完成的待办事项</translation>
    </message>
    <message>
        <source>Recent violations</source>
        <translation>近期违规</translation>
    </message>
    <message>
        <source>Feedback comments</source>
        <translation>客户反馈评语</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>No open action items from meetings or one-to-ones.</source>
        <translation>周例会和一对一面谈没有未完成的待办事项。</translation>
    </message>
    <message>
        <source>No violations in this period.</source>
        <translation>本期没有违规。</translation>
    </message>
    <message>
        <source>No feedback in this period.</source>
        <translation>本期没有客户反馈。</translation>
    </message>
    <message>
        <source>No training taken or due in this period.</source>
        <translation>本期没有参加过或到期的培训。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>violation type (severity)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <source>order #%1</source>
        <translation>订单 #%1</translation>
    </message>
    <message>
        <source>overdue since %1</source>
        <translation>%1 起已逾期</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>not taken yet</source>
        <translation>尚未参加</translation>
    </message>
    <message>
        <source>%1 passed</source>
        <translation>%1 通过</translation>
    </message>
    <message>
        <source>%1 not passed</source>
        <translation>%1 未通过</translation>
    </message>
    <message>
        <source>%1 taken</source>
        <translation>%1 已参加</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours of training</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>Due on %1 and not taken.</source>
        <translation>应于 %1 前参加，尚未参加。</translation>
    </message>
    <message>
        <source>Due on %1 and not done.</source>
        <translation>应于 %1 前完成，尚未完成。</translation>
    </message>
    <message>
        <source>Due within three days.</source>
        <translation>三天内到期。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln 项未完成</numerusform>
        </translation>
    </message>
    <message>
        <source>weekly meeting %1</source>
        <translation>周例会 %1</translation>
    </message>
    <message>
        <source>one-to-one %1</source>
        <translation>一对一面谈 %1</translation>
    </message>
    <message>
        <source>no due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>the newest %1 of %2 in the period</source>
        <translation>本期共 %2 条，显示最新 %1 条</translation>
    </message>
    <message numerus="yes">
        <source>%Ln in the period</source>
        <translation>
            <numerusform>本期 %Ln 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::ReportListModel</name>
    <message>
        <source>Open pool</source>
        <translation>抢单池</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <source>Grabber KPIs</source>
        <translation>抢单员 KPI</translation>
    </message>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Review cycle</source>
        <translation>季度考核</translation>
    </message>
    <message>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <source>Every order waiting in the pool now, by priority and age, with its deadline.</source>
        <translation>抢单池中当前所有待抢订单，按优先级和等待时长排列，附截止时间。</translation>
    </message>
    <message>
        <source>Orders published in the period with every field: customer, amount, state, outcome, assignee.</source>
        <translation>期间内发布的订单及全部字段：客户、金额、状态、结果、负责人。</translation>
    </message>
    <message>
        <source>Every KPI per grabber for the period; undefined rates are left empty.</source>
        <translation>期间内每位抢单员的全部 KPI；无法计算的比率留空。</translation>
    </message>
    <message>
        <source>The period&apos;s ranking by revenue, as the dashboard shows it.</source>
        <translation>期间内按成交额的排名，与数据看板一致。</translation>
    </message>
    <message>
        <source>Each violation in the period with the grabber, type, severity and note.</source>
        <translation>期间内的每条违规，含抢单员、类型、严重程度和备注。</translation>
    </message>
    <message>
        <source>Trainings taken or due in the period, with hours and result.</source>
        <translation>期间内参加或到期的培训，含学时和结果。</translation>
    </message>
    <message>
        <source>Customers&apos; scores and comments with the order, customer and grabber.</source>
        <translation>客户评分和评语，含订单、客户和抢单员。</translation>
    </message>
    <message>
        <source>One quarterly review: frozen KPIs, scores, grade and decisions per grabber.</source>
        <translation>一次季度考核：每位抢单员冻结的 KPI、得分、等级和决定。</translation>
    </message>
    <message>
        <source>The raw event log with each event&apos;s details as JSON, for audits.</source>
        <translation>原始事件日志，每条事件的详情为 JSON，供审计使用。</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>What it holds</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>grab::ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <source>Whole history (no period)</source>
        <translation>全部历史（不限时间段）</translation>
    </message>
    <message>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English keys (for scripts)</source>
        <translation>英文字段名（供脚本使用）</translation>
    </message>
    <message>
        <source>UTF-8 byte order mark (Excel needs it to read Chinese)</source>
        <translation>UTF-8 BOM 标记（Excel 需要它才能正确显示中文）</translation>
    </message>
    <message>
        <source>Side-car file (FILE.csv.json)</source>
        <translation>附带说明文件（FILE.csv.json）</translation>
    </message>
    <message>
        <source>Comment lines before the header (Excel shows them as rows)</source>
        <translation>表头前的注释行（Excel 中显示为普通行）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>不附带</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <source>Column names:</source>
        <translation>列名：</translation>
    </message>
    <message>
        <source>Provenance:</source>
        <translation>来源说明：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <source>Grabbers, customers, orders or feedback from a CSV file: checked first, then all or nothing.</source>
        <translation>从 CSV 文件导入抢单员、客户、订单或客户反馈：先检查，再全部导入或全部不导入。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy the file&apos;s path and SHA-256</source>
        <translation>复制文件路径和 SHA-256</translation>
    </message>
    <message>
        <source>Writing %1 of %2 rows…</source>
        <translation>正在写入第 %1/%2 行…</translation>
    </message>
    <message>
        <source>(no review cycles yet)</source>
        <translation>（还没有季度考核）</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>The export could not open the database: %1</source>
        <translation>导出时无法打开数据库：%1</translation>
    </message>
    <message>
        <source>The export did not run.</source>
        <translation>导出没有执行。</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，没有写入文件。</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2, SHA-256 %3</source>
        <translation>已将 %1 行写入 %2，SHA-256 %3</translation>
    </message>
    <message>
        <source>Wrote %1 rows to %2, SHA-256 %3 (provenance in %4)</source>
        <translation>已将 %1 行写入 %2，SHA-256 %3（来源说明见 %4）</translation>
    </message>
    <message>
        <source>Excel workbooks or CSV files. Each states its period, filters and rule version, and its SHA-256 lets anyone check it was not changed.</source>
        <translation>Excel 工作簿或 CSV 文件。每个文件都注明期间、筛选条件和规则版本，其 SHA-256 可供任何人核对文件未被改动。</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx): typed cells, filter on the header</source>
        <translation>Excel 工作簿（.xlsx）：单元格带类型，表头可筛选</translation>
    </message>
    <message>
        <source>CSV (.csv): plain text, for scripts and other tools</source>
        <translation>CSV（.csv）：纯文本，供脚本和其他工具使用</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>A workbook always states its provenance on its second sheet; a side-car file adds it beside the file.</source>
        <translation>工作簿总在第二张工作表上注明来源；附带文件会另存在文件旁。</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Side-car file (FILE.xlsx.json)</source>
        <translation>附带说明文件（FILE.xlsx.json）</translation>
    </message>
</context>
<context>
    <name>grab::ui::RestrictDialog</name>
    <message>
        <source>Restrict %1</source>
        <translation>限制 %1</translation>
    </message>
    <message>
        <source>Any level</source>
        <translation>不限级别</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source>Open to everyone</source>
        <translation>对所有人开放</translation>
    </message>
    <message>
        <source>Restrict</source>
        <translation>限制</translation>
    </message>
    <message>
        <source>Only the ticked grabbers may take it (none ticked: anyone), and only at this level or above. Grabs, dispatch and your own assignments all obey it.</source>
        <translation>只有勾选的抢单员能接（都不勾选则不限），且级别不低于所选级别。抢单、分单和你的指派都要遵守。</translation>
    </message>
    <message>
        <source>Minimum level:</source>
        <translation>最低级别：</translation>
    </message>
    <message>
        <source>Only these grabbers:</source>
        <translation>仅限这些抢单员：</translation>
    </message>
</context>
<context>
    <name>grab::ui::ReviewCycleBar</name>
    <message>
        <source>Review</source>
        <translation>季度考核</translation>
    </message>
    <message>
        <source>The review cycle, by quarter</source>
        <translation>按季度选择考核周期</translation>
    </message>
    <message>
        <source>draft → open → scoring → approved → locked</source>
        <translation>草稿 → 评分中 → 已开始评分 → 已审批 → 已锁定</translation>
    </message>
    <message>
        <source>New cycle…</source>
        <translation>新建周期…</translation>
    </message>
    <message>
        <source>A draft cycle for a quarter, with its weights, targets and grade thresholds</source>
        <translation>为某个季度新建考核周期草稿，含权重、目标和等级线</translation>
    </message>
    <message>
        <source>Open cycle</source>
        <translation>开启周期</translation>
    </message>
    <message>
        <source>Freeze every active grabber&apos;s KPIs for the quarter and start scoring</source>
        <translation>冻结每位在岗抢单员本季度的 KPI，开始评分</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <source>Approve the cycle under a named approver; every grabber must be scored</source>
        <translation>以审批人的名义审批本周期；每位抢单员都必须已评分</translation>
    </message>
    <message>
        <source>Withdraw approval</source>
        <translation>撤回审批</translation>
    </message>
    <message>
        <source>Back to scoring, to change a score or a decision</source>
        <translation>回到评分阶段，以便修改评分或决定</translation>
    </message>
    <message>
        <source>Lock…</source>
        <translation>锁定…</translation>
    </message>
    <message>
        <source>Lock the approved cycle for good: nothing in it can change any more</source>
        <translation>永久锁定已审批的周期：之后任何内容都不能再修改</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>The cycle as CSV for Excel, the same file as grabctl review export</source>
        <translation>把本周期导出为 Excel 用的 CSV，与 grabctl review export 生成的文件相同</translation>
    </message>
    <message>
        <source>%1 to %2 · not opened yet</source>
        <translation>%1 至 %2 · 尚未开启</translation>
    </message>
    <message>
        <source>%1 of %2 scored · decisions: %3</source>
        <translation>已评 %1 / %2 · 决定：%3</translation>
    </message>
</context>
<context>
    <name>grab::ui::ReviewEntryModel</name>
    <message>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>KPI score</source>
        <translation>KPI 得分</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <comment>score 1-5</comment>
        <translation>主管评分</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>奖惩决定</translation>
    </message>
    <message>
        <source>Scored?</source>
        <translation>是否已评</translation>
    </message>
</context>
<context>
    <name>grab::ui::ReviewPage</name>
    <message>
        <source>Missing only</source>
        <translation>只看未评分</translation>
    </message>
    <message>
        <source>Only the grabbers without a supervisor&apos;s score</source>
        <translation>只显示还没有主管评分的抢单员</translation>
    </message>
    <message>
        <source>Grabbers in the cycle</source>
        <translation>本周期的抢单员</translation>
    </message>
    <message>
        <source>Freezing the KPIs of %1: %2 of %3 grabbers…</source>
        <translation>正在冻结 %1 的 KPI：%2/%3 位抢单员…</translation>
    </message>
    <message>
        <source>No review cycle yet. New cycle… creates a draft for a quarter; opening it freezes the team&apos;s KPIs.</source>
        <translation>还没有考核周期。点“新建周期…”为某个季度创建草稿；开启后会冻结团队的 KPI。</translation>
    </message>
    <message>
        <source>No cycle to show.</source>
        <translation>没有可显示的考核周期。</translation>
    </message>
    <message>
        <source>The cycle %1 is a draft: open it to freeze the KPIs of every active grabber.</source>
        <translation>考核周期 %1 还是草稿：开启后会冻结每位在岗抢单员的 KPI。</translation>
    </message>
    <message>
        <source>Select a grabber to see their sheet.</source>
        <translation>选择一位抢单员查看其考核表。</translation>
    </message>
    <message>
        <source>Draft cycle %1 created. Open it to freeze the KPIs of every active grabber.</source>
        <translation>已创建考核周期草稿 %1。开启后会冻结每位在岗抢单员的 KPI。</translation>
    </message>
    <message>
        <source>Freezing the KPIs of %1…</source>
        <translation>正在冻结 %1 的 KPI…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>正在开启 %1</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1: the KPIs of %Ln grabbers are frozen (%2 s). Scoring can start.</source>
        <translation>
            <numerusform>%1 已开启：已冻结 %Ln 位抢单员的 KPI（用时 %2 秒），可以开始评分了。</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening %1 was cancelled: nothing changed, the cycle is still a draft.</source>
        <translation>已取消开启 %1：没有任何改动，该周期仍是草稿。</translation>
    </message>
    <message>
        <source>%1 scored %2: final %3, grade %4.</source>
        <translation>%1 评分 %2：最终得分 %3，等级 %4。</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>The decision was taken back.</source>
        <translation>已撤销该决定。</translation>
    </message>
    <message>
        <source>%1 approved by %2. Lock it when nothing should change any more.</source>
        <translation>%1 已由 %2 审批。确认不再修改后请锁定。</translation>
    </message>
    <message>
        <source>The approval of %1 was withdrawn: scores and decisions can change again.</source>
        <translation>已撤回 %1 的审批：评分和决定可以再次修改。</translation>
    </message>
    <message>
        <source>%1 is locked: nothing in it can change any more.</source>
        <translation>%1 已锁定：其中任何内容都不能再修改。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln grabbers of %1 to %2.</source>
        <translation>
            <numerusform>已将 %1 的 %Ln 位抢单员导出到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved the appraisal sheet to %1.</source>
        <translation>考核表已保存到 %1。</translation>
    </message>
    <message>
        <source>Approve %1</source>
        <translation>审批 %1</translation>
    </message>
    <message>
        <source>The approver&apos;s name:</source>
        <translation>审批人姓名：</translation>
    </message>
    <message>
        <source>Lock %1</source>
        <translation>锁定 %1</translation>
    </message>
    <message>
        <source>Lock the review %1 for good?

Nothing in it can change any more — no score, comment or decision, and the approval cannot be withdrawn. This cannot be undone.</source>
        <translation>确定永久锁定考核 %1 吗？

锁定后任何内容都不能再修改——评分、评语和决定都不行，审批也不能撤回。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Export the review as CSV</source>
        <translation>将考核导出为 CSV</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <source>Print the appraisal sheet</source>
        <translation>打印考核表</translation>
    </message>
    <message>
        <source>Save the appraisal sheet as PDF</source>
        <translation>将考核表保存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Seal verified: the review is as it was locked.</source>
        <translation>封存已核验：考核与锁定时一致。</translation>
    </message>
    <message>
        <source>ALTERED AFTER LOCKING: this review no longer matches its seal (grabctl verify names the place).</source>
        <translation>锁定后已被篡改：此考核与其封存不一致（grabctl verify 会指出位置）。</translation>
    </message>
    <message>
        <source>Event log head #%1, SHA-256 %2</source>
        <translation>事件日志链头 #%1，SHA-256 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 is not over: it runs until %2, %n more day(s) after today.</source>
        <translation>
            <numerusform>%1 尚未结束：它持续到 %2，今天之后还有 %n 天。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not over: today, %2, is its last day.</source>
        <translation>%1 尚未结束：今天（%2）是最后一天。</translation>
    </message>
    <message>
        <source>Opening the cycle now freezes every grabber&apos;s KPIs as they stand today; what happens in the rest of the quarter will not count in this review. Open it now?</source>
        <translation>现在开启考核周期会按今天的数据冻结每位抢单员的 KPI；本季度剩余时间里发生的一切都不会计入这次考核。现在开启吗？</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>开启 %1</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>现在开启</translation>
    </message>
</context>
<context>
    <name>grab::ui::ReviewSheetPanel</name>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>— (not scored)</source>
        <translation>—（未评分）</translation>
    </message>
    <message>
        <source>The supervisor&apos;s score: 1 (poor) to 5 (excellent)</source>
        <translation>主管评分：1（差）到 5（优秀）</translation>
    </message>
    <message>
        <source>Comment for the grabber&apos;s sheet</source>
        <translation>写在考核表上的评语</translation>
    </message>
    <message>
        <source>Save score</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <source>Supervisor&apos;s score</source>
        <translation>主管评分</translation>
    </message>
    <message>
        <source>Score (1–5):</source>
        <translation>评分（1–5）：</translation>
    </message>
    <message>
        <source>Add decision…</source>
        <translation>添加决定…</translation>
    </message>
    <message>
        <source>Remove decision</source>
        <translation>删除决定</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>奖惩决定</translation>
    </message>
    <message>
        <source>Quarters side by side</source>
        <translation>历季对比</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <source>The printable appraisal sheet, A4</source>
        <translation>可打印的考核表，A4</translation>
    </message>
    <message>
        <source>The printable appraisal sheet as a PDF file</source>
        <translation>把可打印的考核表存为 PDF 文件</translation>
    </message>
    <message>
        <source>KPIs of the quarter (frozen at opening)</source>
        <translation>本季度 KPI（开启时冻结）</translation>
    </message>
    <message>
        <source>Select a grabber to see their sheet.</source>
        <translation>选择一位抢单员查看其考核表。</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · %4 closed, %5 violations</source>
        <translation>%1 · %2 · %3 · 结单 %4，违规 %5 次</translation>
    </message>
    <message>
        <source>Final %1 · grade %2</source>
        <translation>最终得分 %1 · 等级 %2</translation>
    </message>
    <message>
        <source>Final: not scored yet</source>
        <translation>最终得分：尚未评分</translation>
    </message>
    <message>
        <source>The final score follows from the supervisor&apos;s score.</source>
        <translation>主管评分后得出最终得分。</translation>
    </message>
    <message>
        <source>%1, by %2 on %3</source>
        <translation>%1（%2 于 %3 决定）</translation>
    </message>
    <message>
        <source>No decision yet.</source>
        <translation>暂无决定。</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;KPI score %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;KPI 得分 %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>KPI score</source>
        <translation>KPI 得分</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>主管评分</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>接单量</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>grab::ui::RosterModel</name>
    <message>
        <source>%1 overdue</source>
        <translation>%1 项逾期</translation>
    </message>
    <message>
        <source>%1 due soon</source>
        <translation>%1 项即将到期</translation>
    </message>
    <message>
        <source>%1 planned</source>
        <translation>%1 项已安排</translation>
    </message>
    <message>
        <source>Team: %1</source>
        <translation>小组：%1</translation>
    </message>
    <message>
        <source>Skills: %1</source>
        <translation>技能：%1</translation>
    </message>
    <message>
        <source>Regions: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>No open action items.</source>
        <translation>没有未完成的待办事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n open action item(s): %1 overdue (due before %2), %3 due within %4 days.</source>
        <translation>
            <numerusform>%n 项未完成的待办事项：%1 项逾期（截止日期早于 %2），%3 项在 %4 天内到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>No trainings yet.</source>
        <translation>还没有培训。</translation>
    </message>
    <message numerus="yes">
        <source>%n training(s), all taken.</source>
        <translation>
            <numerusform>%n 项培训，都已参加。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training(s) not taken yet: %1 overdue (due before %2 and not taken), %3 due within %4 days.</source>
        <translation>
            <numerusform>%n 项培训尚未参加：%1 项逾期（截止日期早于 %2 且未参加），%3 项在 %4 天内到期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Open action items from notes; red when one is overdue, amber when one is due within %1 days.</source>
        <translation>记录中未完成的待办事项；有逾期显示红色，%1 天内到期显示黄色。</translation>
    </message>
    <message>
        <source>Trainings not taken yet; red when one is overdue, amber when one is due within %1 days.</source>
        <translation>尚未参加的培训；有逾期显示红色，%1 天内到期显示黄色。</translation>
    </message>
</context>
<context>
    <name>grab::ui::RuleHistoryModel</name>
    <message>
        <source>First rules of the team</source>
        <translation>团队的第一版规则</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>没有变化</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1（另有 %2 项）</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>改动</translation>
    </message>
</context>
<context>
    <name>grab::ui::RuleHistoryPanel</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Restore this version</source>
        <translation>恢复这个版本</translation>
    </message>
    <message>
        <source>Stores these rules as a new version; the history stays as it is.</source>
        <translation>把这些规则存为新版本，历史记录不变。</translation>
    </message>
    <message>
        <source>All rules of this version (read-only):</source>
        <translation>这个版本的全部规则（只读）：</translation>
    </message>
    <message>
        <source>Version %1 (in force) · %2 · %3</source>
        <translation>第 %1 版（当前生效）· %2 · %3</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
</context>
<context>
    <name>grab::ui::RulesEditor</name>
    <message>
        <source>Grab windows</source>
        <translation>抢单时段</translation>
    </message>
    <message>
        <source>Caps and fairness</source>
        <translation>上限与公平</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Follow-up and dispatch</source>
        <translation>跟进与分单</translation>
    </message>
    <message>
        <source>VIP orders always open (may be grabbed outside every window)</source>
        <translation>VIP 订单随时可抢（不受抢单时段限制）</translation>
    </message>
    <message>
        <source>Grab windows: outside every window a grab is refused</source>
        <translation>抢单时段：时段之外的抢单会被拒绝</translation>
    </message>
    <message>
        <source>Team time zone</source>
        <translation>团队时区</translation>
    </message>
    <message>
        <source>Grab windows and daily caps follow the team&apos;s calendar day in this zone.</source>
        <translation>抢单时段和每日上限都按这个时区的自然日计算。</translation>
    </message>
    <message>
        <source>Daily caps and open workload</source>
        <translation>每日上限与在手订单</translation>
    </message>
    <message>
        <source>Daily cap (%1):</source>
        <translation>每日上限（%1）：</translation>
    </message>
    <message>
        <source>Max open workload:</source>
        <translation>在手订单上限：</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Grab deadline</source>
        <translation>抢单截止</translation>
    </message>
    <message>
        <source>A new order stays open for:</source>
        <translation>新订单可抢时长：</translation>
    </message>
    <message>
        <source>Priorities</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>最低级别</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Reserved priorities</source>
        <translation>保留优先级</translation>
    </message>
    <message>
        <source>The highest priorities only for experienced grabbers, e.g. P1 only for senior and above. In fallback dispatch the reservation is lifted after the time set under Follow-up and dispatch.</source>
        <translation>最高的优先级只给有经验的抢单员，例如 P1 仅限高级及以上。兜底分单时，到了“跟进与分单”里设定的时间就放开限制。</translation>
    </message>
    <message>
        <source>%1 and above</source>
        <translation>%1及以上</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Follow-up and reclaim</source>
        <translation>跟进与回收</translation>
    </message>
    <message>
        <source>Reclaim without follow-up after:</source>
        <translation>多久没跟进就回收：</translation>
    </message>
    <message>
        <source>Warn before the reclaim:</source>
        <translation>回收前预警：</translation>
    </message>
    <message>
        <source>Cool-down before re-grabbing a reclaimed order:</source>
        <translation>被回收订单再次抢单冷却：</translation>
    </message>
    <message>
        <source>A reclaimed order goes back to the pool and logs a no-follow-up violation for its grabber.</source>
        <translation>被回收的订单退回抢单池，原抢单员记一次未跟进违规。</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <source>Too fast: more than this many grab attempts:</source>
        <translation>抢单过快：抢单次数超过：</translation>
    </message>
    <message>
        <source>… within:</source>
        <translation>……在这段时间内：</translation>
    </message>
    <message>
        <source>Escalate at this many violations:</source>
        <translation>违规达到次数即告警：</translation>
    </message>
    <message>
        <source>Off: pure grabbing</source>
        <translation>关闭：纯抢单</translation>
    </message>
    <message>
        <source>Fallback: grab first, then dispatch</source>
        <translation>兜底：先抢单，再智能分单</translation>
    </message>
    <message>
        <source>Always: no grabbing, every order dispatched</source>
        <translation>始终：不抢单，全部智能分单</translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation>分单</translation>
    </message>
    <message>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Open to every level after:</source>
        <translation>放开给所有级别：</translation>
    </message>
    <message>
        <source>Dispatch after:</source>
        <translation>转智能分单：</translation>
    </message>
    <message>
        <source>VIP: open to every level after:</source>
        <translation>VIP 客户放开给所有级别：</translation>
    </message>
    <message>
        <source>VIP: dispatch after:</source>
        <translation>VIP 客户转智能分单：</translation>
    </message>
    <message>
        <source>Weight of skill match:</source>
        <translation>技能匹配权重：</translation>
    </message>
    <message>
        <source>Weight of region match:</source>
        <translation>区域匹配权重：</translation>
    </message>
    <message>
        <source>Weight of light workload:</source>
        <translation>在手订单少的权重：</translation>
    </message>
    <message>
        <source>Weight of success rate:</source>
        <translation>成功率权重：</translation>
    </message>
    <message>
        <source>Weight of satisfaction:</source>
        <translation>满意度权重：</translation>
    </message>
    <message>
        <source>Success-rate prior (wins):</source>
        <translation>成功率先验（成交）：</translation>
    </message>
    <message>
        <source>Success-rate prior (losses):</source>
        <translation>成功率先验（未成交）：</translation>
    </message>
    <message>
        <source>Dispatch picks the eligible grabber with the highest weighted score; the success rate is smoothed as (wins + prior wins) / (closed + prior wins + prior losses).</source>
        <translation>智能分单选加权得分最高的合格抢单员；成功率按（成交 + 先验成交）/（已结束 + 先验成交 + 先验未成交）平滑。</translation>
    </message>
    <message>
        <source>The reclaim warning (%1 h before) must come before the reclaim itself (after %2 h).</source>
        <translation>回收预警（提前 %1 小时）必须早于回收（%2 小时后）。</translation>
    </message>
    <message>
        <source>Dispatch: an order must open to every level before (or when) it is dispatched.</source>
        <translation>分单：订单要先放开给所有级别（或同时），再转智能分单。</translation>
    </message>
    <message>
        <source>A daily cap counts successful grabs per calendar day in the team time zone; a grabber&apos;s own cap (Team page, Edit grabber…) replaces it. Open workload is the assigned orders a grabber holds at once.</source>
        <translation>每日上限按团队时区的自然日统计成功抢单数；抢单员的个人上限（团队页“编辑抢单员…”）会替代它。在手工作量是抢单员同时持有的已分配订单数。</translation>
    </message>
</context>
<context>
    <name>grab::ui::RulesPage</name>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>撤销修改(&amp;R)</translation>
    </message>
    <message>
        <source>Discard the edits and show the rules in force again.</source>
        <translation>放弃修改，重新显示当前生效的规则。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Store the edited rules as a new version (Ctrl+S).</source>
        <translation>把修改后的规则存为新版本（Ctrl+S）。</translation>
    </message>
    <message>
        <source>Save the rules</source>
        <translation>保存规则</translation>
    </message>
    <message>
        <source>The whole rule set as grabctl reads it (rules import). The review defaults are edited here; everything is checked when you save or leave this tab.</source>
        <translation>全部规则，格式与 grabctl rules import 相同。季度考核的默认设置在这里改；保存或离开本页签时检查全部内容。</translation>
    </message>
    <message>
        <source>All rules (JSON)</source>
        <translation>全部规则（JSON）</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <source>Rules in force: version %1 · saved %2 by %3</source>
        <translation>当前规则：第 %1 版 · %3 保存于 %2</translation>
    </message>
    <message>
        <source>The JSON cannot be read near character %1: %2.</source>
        <translation>JSON 第 %1 个字符附近无法读取：%2。</translation>
    </message>
    <message>
        <source>The rules in the JSON are not valid: %1</source>
        <translation>JSON 里的规则无效：%1</translation>
    </message>
    <message>
        <source>These rules cannot be stored: %1</source>
        <translation>这些规则无法保存：%1</translation>
    </message>
    <message>
        <source>No change: the rules in force stay version %1.</source>
        <translation>没有修改：当前规则仍是第 %1 版。</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>已保存为第 %1 版。</translation>
    </message>
    <message>
        <source>Edits discarded: the page shows version %1, the rules in force.</source>
        <translation>已放弃修改：显示的是当前生效的第 %1 版。</translation>
    </message>
    <message>
        <source>Save or revert your edits before restoring a version.</source>
        <translation>请先保存或撤销修改，再恢复版本。</translation>
    </message>
    <message>
        <source>No change: version %1 already has the rules of version %2.</source>
        <translation>没有修改：第 %1 版的规则和第 %2 版一样。</translation>
    </message>
    <message>
        <source>Version %1 restored: saved as version %2.</source>
        <translation>已恢复第 %1 版：存为第 %2 版。</translation>
    </message>
    <message>
        <source>Unsaved rules</source>
        <translation>规则未保存</translation>
    </message>
    <message>
        <source>The rules have unsaved changes. Save them as a new version?</source>
        <translation>规则有未保存的修改，要存为新版本吗？</translation>
    </message>
    <message>
        <source>Version %1 was stored meanwhile by someone else. Saving your edits will be refused: revert to see the new rules, then edit again.</source>
        <translation>其他人已保存了第 %1 版，你的修改将无法保存：请先撤销修改查看新规则，再重新编辑。</translation>
    </message>
</context>
<context>
    <name>grab::ui::ServerConnectDialog</name>
    <message>
        <source>Connected: a GrabDesk team on %1.</source>
        <translation>已连接：%1 上的 GrabDesk 团队。</translation>
    </message>
    <message>
        <source>Connect to a team server</source>
        <translation>连接团队服务器</translation>
    </message>
    <message>
        <source>server.example or 192.168.1.10; empty: this computer</source>
        <translation>server.example 或 192.168.1.10；留空：本机</translation>
    </message>
    <message>
        <source>Encrypted (require)</source>
        <translation>加密（require）</translation>
    </message>
    <message>
        <source>Encrypted, and the server&apos;s certificate checked (verify-full)</source>
        <translation>加密，并核验服务器证书（verify-full）</translation>
    </message>
    <message>
        <source>Encrypted when the server offers it (prefer)</source>
        <translation>服务器支持时加密（prefer）</translation>
    </message>
    <message>
        <source>Not encrypted (only on this computer)</source>
        <translation>不加密（仅限本机）</translation>
    </message>
    <message>
        <source>empty: ~/.pgpass, or the server&apos;s own sign-in</source>
        <translation>留空：使用 ~/.pgpass 或服务器自身的登录方式</translation>
    </message>
    <message>
        <source>Remember the password in %1 (readable by you only)</source>
        <translation>把密码记在 %1 中（仅您本人可读）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>登录名：</translation>
    </message>
    <message>
        <source>Encryption:</source>
        <translation>加密：</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>地址：</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Name the team&apos;s database on the server.</source>
        <translation>请填写服务器上团队数据库的名称。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Type the password to remember it.</source>
        <translation>请先输入密码，才能记住它。</translation>
    </message>
</context>
<context>
    <name>grab::ui::SimulatorControl</name>
    <message>
        <source>%1 events in %2 s (%3/s): %4 published, %5 won, %6 lost races, %7 refused, %8 closed.</source>
        <translation>%2 秒内 %1 个事件（每秒 %3 个）：发布 %4，抢到 %5，没抢到 %6，被拒 %7，结单 %8。</translation>
    </message>
</context>
<context>
    <name>grab::ui::TargetDialog</name>
    <message>
        <source>Target for %1</source>
        <translation>%1 的目标</translation>
    </message>
    <message>
        <source> orders won</source>
        <translation> 单成交</translation>
    </message>
    <message>
        <source>revenue in yuan, e.g. 300000</source>
        <translation>收入（元），例如 300000</translation>
    </message>
    <message>
        <source>Month:</source>
        <translation>月份：</translation>
    </message>
    <message>
        <source>Orders won:</source>
        <translation>成交单数：</translation>
    </message>
    <message>
        <source>Revenue (yuan):</source>
        <translation>收入（元）：</translation>
    </message>
    <message>
        <source>The dashboards and the Team page measure the month against it. A month&apos;s target replaces the one set before, and the change is kept in the log.</source>
        <translation>仪表板和团队页按它衡量当月进度。同一个月的新目标会替换之前设定的目标，改动记入日志。</translation>
    </message>
    <message>
        <source>The revenue is yuan, 0 or more, e.g. 300000 or 125000.50.</source>
        <translation>收入须为 0 或以上的元数，例如 300000 或 125000.50。</translation>
    </message>
</context>
<context>
    <name>grab::ui::TargetPanel</name>
    <message>
        <source>Won orders</source>
        <translation>成交单数</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <source>Target %1</source>
        <translation>%1 目标</translation>
    </message>
    <message>
        <source>%1 of %2 won</source>
        <comment>progress against a target</comment>
        <translation>成交 %1 / %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <comment>revenue against a target</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Target %1 · month so far</source>
        <translation>%1 目标 · 本月至今</translation>
    </message>
    <message>
        <source>Won orders and revenue from the 1st of %1 to today, whatever the period shown above.</source>
        <translation>%1-01 至今天的成交单数和成交额，与上方所选时段无关。</translation>
    </message>
    <message>
        <source>No target for %1. Set one on the Team page: select the grabber, then Set target….</source>
        <translation>%1 没有目标。请在团队页选择抢单员，然后点“设定目标…”。</translation>
    </message>
</context>
<context>
    <name>grab::ui::TeamDashboardView</name>
    <message>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <source>click a column to sort · double-click a grabber for their dashboard</source>
        <translation>点击列标题排序 · 双击抢单员查看其数据看板</translation>
    </message>
</context>
<context>
    <name>grab::ui::TeamPage</name>
    <message>
        <source>reading the team</source>
        <translation>读取团队</translation>
    </message>
    <message>
        <source>1 grabber</source>
        <translation>1 位抢单员</translation>
    </message>
    <message>
        <source>%1 grabbers</source>
        <translation>%1 位抢单员</translation>
    </message>
    <message>
        <source>Overdue: due before today (%1, in the team&apos;s time zone) and not done. Read in %2 ms.</source>
        <translation>逾期：截止日期早于今天（%1，按团队时区）且未完成。读取用时 %2 毫秒。</translation>
    </message>
    <message>
        <source>No grabbers yet. Add the team with &quot;grabctl grabber add --name …&quot;; their trainings, notes and feedback will show here.</source>
        <translation>还没有抢单员。用“grabctl grabber add --name …”添加团队成员后，他们的培训、记录和客户反馈会显示在这里。</translation>
    </message>
    <message>
        <source>Select a grabber on the left to see their trainings, notes and action items, and customer feedback.</source>
        <translation>在左侧选择一位抢单员，查看其培训、记录、待办事项和客户反馈。</translation>
    </message>
    <message>
        <source>reading the grabber</source>
        <translation>读取抢单员</translation>
    </message>
    <message>
        <source>skills: %1</source>
        <translation>技能：%1</translation>
    </message>
    <message>
        <source>regions: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <source>hired %1</source>
        <translation>%1 入职</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <comment>date format of a target&apos;s month</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 target&lt;/b&gt;: %2 of %3 orders won · %4 of %5 revenue</source>
        <translation>&lt;b&gt;%1目标&lt;/b&gt;：成交 %2/%3 单 · 成交额 %4/%5</translation>
    </message>
    <message>
        <source>No trainings for %1 yet.

Use Add training… to plan one with a due date, or to record one already taken with its result. Trainings decided in a quarterly review appear here too.</source>
        <translation>%1 还没有培训。

点“添加培训…”可安排带截止日期的培训，或补录已参加的培训及结果。季度考核中决定的培训也会显示在这里。</translation>
    </message>
    <message>
        <source>No notes with %1 yet.

After a one-to-one or a weekly meeting, use New note… to write down what was said and the action items, each with an owner and a due date.</source>
        <translation>还没有与 %1 相关的记录。

一对一面谈或周例会后，点“新建记录…”写下谈话内容和待办事项，每项都有负责人和截止日期。</translation>
    </message>
    <message>
        <source>%1 · mean %2 of 5</source>
        <translation>%1 · 平均 %2 分（满分 5）</translation>
    </message>
    <message>
        <source>1 score</source>
        <translation>1 条评分</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 条评分</translation>
    </message>
    <message>
        <source>the newest %1 below</source>
        <translation>下面是最新 %1 条</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>还没有评分</translation>
    </message>
    <message>
        <source>every closed order has its score</source>
        <translation>已结订单都有评分</translation>
    </message>
    <message>
        <source>1 closed order without a score</source>
        <translation>1 个已结订单还没有评分</translation>
    </message>
    <message>
        <source>%1 closed orders without a score</source>
        <translation>%1 个已结订单还没有评分</translation>
    </message>
    <message>
        <source>Record a customer&apos;s score for a closed order of %1 that has none yet.</source>
        <translation>为 %1 还没有评分的已结订单录入客户评分。</translation>
    </message>
    <message>
        <source>Every closed order of %1 has its feedback; there is nothing to record.</source>
        <translation>%1 的已结订单都有反馈了，没有需要录入的。</translation>
    </message>
    <message>
        <source>No customer feedback for %1 yet.

When a customer scores a closed order, use Record feedback… (or grabctl feedback --order ID --score 1-5).</source>
        <translation>%1 还没有客户反馈。

客户为已结订单打分后，点“录入反馈…”记录（或用 grabctl feedback --order ID --score 1-5）。</translation>
    </message>
    <message>
        <source>Trainings · %1 overdue</source>
        <translation>培训 · %1 项逾期</translation>
    </message>
    <message>
        <source>Trainings (%1)</source>
        <translation>培训（%1）</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; actions · %1 overdue</source>
        <translation>记录与待办 · %1 项逾期</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; actions (%1 open)</source>
        <translation>记录与待办（%1 项未完成）</translation>
    </message>
    <message>
        <source>Feedback (%1)</source>
        <translation>客户反馈（%1）</translation>
    </message>
    <message>
        <source>Trainings past their due date and not taken.</source>
        <translation>已过截止日期但未参加的培训。</translation>
    </message>
    <message>
        <source>Action items owned by %1 past their due date and still open.</source>
        <translation>%1 负责的、已过截止日期仍未完成的待办事项。</translation>
    </message>
    <message>
        <source>Select a training first.</source>
        <translation>请先选择一项培训。</translation>
    </message>
    <message>
        <source>Taken (today, unless a date is already recorded) and passed.</source>
        <translation>已参加（没有记录日期的按今天算）并通过。</translation>
    </message>
    <message>
        <source>Taken (today, unless a date is already recorded) and not passed.</source>
        <translation>已参加（没有记录日期的按今天算）但未通过。</translation>
    </message>
    <message>
        <source>the whole team</source>
        <translation>全体成员</translation>
    </message>
    <message>
        <source>written by %1</source>
        <translation>记录人 %1</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;color:#6b6b6b&apos;&gt;No text.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b6b6b&apos;&gt;没有内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Failed while %1: %2</source>
        <translation>%1时出错：%2</translation>
    </message>
    <message>
        <source>Training &quot;%1&quot; added for %2.</source>
        <translation>已为 %2 添加培训“%1”。</translation>
    </message>
    <message>
        <source>Note saved.</source>
        <translation>记录已保存。</translation>
    </message>
    <message>
        <source>Note saved with %1.</source>
        <translation>记录已保存，含 %1。</translation>
    </message>
    <message>
        <source>1 action item</source>
        <translation>1 项待办事项</translation>
    </message>
    <message>
        <source>%1 action items</source>
        <translation>%1 项待办事项</translation>
    </message>
    <message>
        <source>reading the closed orders</source>
        <translation>读取已结订单</translation>
    </message>
    <message>
        <source>Every closed order of %1 has its feedback.</source>
        <translation>%1 的已结订单都有反馈了。</translation>
    </message>
    <message>
        <source>Feedback recorded for order #%1: %2 of 5.</source>
        <translation>已录入订单 #%1 的反馈：%2 分（满分 5）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked passed (taken %2).</source>
        <translation>“%1”已标记为通过（%2 参加）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; marked not passed (taken %2).</source>
        <translation>“%1”已标记为未通过（%2 参加）。</translation>
    </message>
    <message>
        <source>Done: &quot;%1&quot;.</source>
        <translation>已完成：“%1”。</translation>
    </message>
    <message>
        <source>Reopened: &quot;%1&quot;.</source>
        <translation>已重新打开：“%1”。</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <source>Find a grabber</source>
        <translation>查找抢单员</translation>
    </message>
    <message>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Notes &amp;&amp; actions</source>
        <translation>记录与待办</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <source>Add training…</source>
        <translation>添加培训…</translation>
    </message>
    <message>
        <source>Mark passed</source>
        <translation>标记为通过</translation>
    </message>
    <message>
        <source>Mark not passed</source>
        <translation>标记为未通过</translation>
    </message>
    <message>
        <source>New note…</source>
        <translation>新建记录…</translation>
    </message>
    <message>
        <source>Show every weekly meeting</source>
        <translation>显示所有周例会</translation>
    </message>
    <message>
        <source>Without it: this grabber&apos;s one-to-ones and the weekly meetings where they own an action item.</source>
        <translation>不勾选时：只显示该抢单员的一对一面谈，以及其负责待办事项的周例会。</translation>
    </message>
    <message>
        <source>Tick an action item when it is done.</source>
        <translation>待办事项完成后请勾选。</translation>
    </message>
    <message>
        <source>Record feedback…</source>
        <translation>录入反馈…</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 orders won, %3 revenue so far · no target set</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：目前成交 %2 单，收入 %3 · 未设目标</translation>
    </message>
    <message>
        <source>Target for %1 in %2 saved: %3 orders won, %4.</source>
        <translation>已保存 %1 在 %2 的目标：成交 %3 单，%4。</translation>
    </message>
    <message>
        <source>Set target…</source>
        <translation>设定目标…</translation>
    </message>
    <message>
        <source>%1 joined the team.</source>
        <translation>%1 加入了团队。</translation>
    </message>
    <message>
        <source>%1&apos;s details saved.</source>
        <translation>已保存 %1 的资料。</translation>
    </message>
    <message>
        <source>Add grabber…</source>
        <translation>添加抢单员…</translation>
    </message>
    <message>
        <source>Edit grabber…</source>
        <translation>编辑抢单员…</translation>
    </message>
    <message>
        <source>%1 · %2, %3 overdue · %4</source>
        <translation>%1 · %2，%3 项逾期 · %4</translation>
    </message>
    <message>
        <source>1 open action item</source>
        <translation>1 项待办</translation>
    </message>
    <message>
        <source>%1 open action items</source>
        <translation>%1 项待办</translation>
    </message>
    <message>
        <source>1 overdue training</source>
        <translation>1 项培训逾期</translation>
    </message>
    <message>
        <source>%1 overdue trainings</source>
        <translation>%1 项培训逾期</translation>
    </message>
    <message>
        <source>Change of %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>无法撤销：%1</translation>
    </message>
</context>
<context>
    <name>grab::ui::TimeZonePicker</name>
    <message>
        <source>Search: a city or region, e.g. Shanghai, or an offset, e.g. +08</source>
        <translation>搜索：城市或地区，如 Shanghai；或时差，如 +08</translation>
    </message>
</context>
<context>
    <name>grab::ui::TrainingDialog</name>
    <message>
        <source>Add a training for %1</source>
        <translation>为 %1 添加培训</translation>
    </message>
    <message>
        <source>e.g. Handling price objections</source>
        <translation>例如：应对价格异议</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>参加日期</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <source>Plan a training with a due date, or record one already taken with its result. A training not taken by its due date is flagged as overdue.</source>
        <translation>安排带截止日期的培训，或补录已参加的培训及结果。截止日期前未参加的培训会标记为逾期。</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Add training</source>
        <translation>添加培训</translation>
    </message>
    <message>
        <source>Give the course a name first.</source>
        <translation>请先填写课程名称。</translation>
    </message>
</context>
<context>
    <name>grab::ui::TrainingModel</name>
    <message>
        <source>Decided in the quarterly review %1.</source>
        <translation>在季度考核 %1 中决定。</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation>参加日期</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
<context>
    <name>grab::ui::TrayNotifier</name>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>不弹出通知(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Show GrabDesk</source>
        <translation>显示 GrabDesk(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>GrabDesk</source>
        <translation>GrabDesk</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>抢单看板</translation>
    </message>
</context>
<context>
    <name>grab::ui::WindowsEditor</name>
    <message>
        <source>Add window</source>
        <translation>添加时段</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>00:00 is midnight at the end of the day. An end before the start runs past midnight.</source>
        <translation>结束时间 00:00 表示当天午夜；结束早于开始表示跨过午夜。</translation>
    </message>
    <message>
        <source>e.g. Morning peak</source>
        <translation>例如：早高峰</translation>
    </message>
    <message>
        <source>Peak hours: shown as peak on the board</source>
        <translation>高峰时段：在抢单看板上标为高峰</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>From–to:</source>
        <translation>起止时间：</translation>
    </message>
    <message>
        <source>Label:</source>
        <translation>名称：</translation>
    </message>
    <message>
        <source>Grab window %1</source>
        <translation>抢单时段 %1</translation>
    </message>
    <message>
        <source>Grab window %1 (%2)</source>
        <translation>抢单时段 %1（%2）</translation>
    </message>
    <message>
        <source>%1 has no day: tick at least one weekday.</source>
        <translation>%1没有选日期：请至少勾选一天。</translation>
    </message>
    <message>
        <source>%1 starts and ends at %2: the end must differ from the start.</source>
        <translation>%1的开始和结束都是 %2：结束时间不能和开始相同。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GrabDesk</source>
        <translation>GrabDesk</translation>
    </message>
    <message>
        <source>GrabDesk: the console for a team of order grabbers.</source>
        <translation>GrabDesk：抢单团队的管理控制台。</translation>
    </message>
    <message>
        <source>The database file (default: %1).</source>
        <translation>数据库文件（默认：%1）。</translation>
    </message>
    <message>
        <source>Open grabber mode for grabber ID (the grab-only window) instead of the manager&apos;s window.</source>
        <translation>以抢单员模式打开（只能抢单的窗口），ID 为抢单员编号，而不是主管窗口。</translation>
    </message>
    <message>
        <source>Show GrabDesk in LANGUAGE for this run: en or zh_CN (default: the Preferences setting, else the system language).</source>
        <translation>本次运行使用的界面语言 LANGUAGE：en 或 zh_CN（默认：偏好设置中的语言，否则跟随系统）。</translation>
    </message>
    <message>
        <source>GrabDesk cannot open grabber mode: %1</source>
        <translation>GrabDesk 无法打开抢单员模式：%1</translation>
    </message>
    <message>
        <source>GrabDesk cannot open %1: %2</source>
        <translation>GrabDesk 无法打开 %1：%2</translation>
    </message>
</context>
</TS>
