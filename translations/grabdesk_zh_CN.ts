<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>the manager</source>
        <translation>主管</translation>
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
        <source>%1 assigned %2 to %3</source>
        <translation>%1 把 %2 指派给 %3</translation>
    </message>
    <message>
        <source>%1 dispatched to %2 — %3</source>
        <translation>%1 已分给 %2 — %3</translation>
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
        <source>%1 reclaimed from %2: %3</source>
        <translation>%1 从 %2 处回收：%3</translation>
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
        <source>Search customer…  (Ctrl+F)</source>
        <translation>搜索客户…  (Ctrl+F)</translation>
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
        <source>Why is %1 cancelled? (kept in the audit trail)</source>
        <translation>为什么取消 %1？（会记入审计记录）</translation>
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
        <source>Open / cap</source>
        <translation>在手 / 上限</translation>
    </message>
    <message>
        <source>Today / cap</source>
        <translation>今天 / 上限</translation>
    </message>
    <message>
        <source>Missed</source>
        <comment>grab attempts that did not win</comment>
        <translation>没抢到</translation>
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
        <translation>负荷：在手订单和今天的抢单对比上限</translation>
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
        <source>Grab windows, priorities, daily caps, reserved priorities, follow-up and dispatch: every version, who changed what, and a what-if replay.</source>
        <translation>抢单时段、优先级、每日上限、级别预留、跟进与分单：每个版本、谁改了什么，以及假设回放。</translation>
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
        <source>&amp;Find a customer</source>
        <translation>查找客户(&amp;F)</translation>
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
        <source>● Live feed stopped: %1</source>
        <translation>● 实时数据已停止：%1</translation>
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
        <source>About GrabDesk</source>
        <translation>关于 GrabDesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;GrabDesk %1&lt;/b&gt;&lt;p&gt;A console for sales managers who run a team of order grabbers: fair rules, live grabs, dispatch and appraisal, each decision with its reason.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and SQLite.&lt;/p&gt;</source>
        <translation>&lt;b&gt;GrabDesk %1&lt;/b&gt;&lt;p&gt;给带抢单团队的销售主管用的控制台：规则公平、抢单实时、分单和考核，每个决定都有原因。&lt;/p&gt;&lt;p&gt;基于 Qt %2 和 SQLite 构建。&lt;/p&gt;</translation>
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
    <name>grab::ui::SimulatorControl</name>
    <message>
        <source>%1 events in %2 s (%3/s): %4 published, %5 won, %6 lost races, %7 refused, %8 closed.</source>
        <translation>%2 秒内 %1 个事件（每秒 %3 个）：发布 %4，抢到 %5，没抢到 %6，被拒 %7，结单 %8。</translation>
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
