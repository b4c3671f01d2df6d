<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AppraisalSheet</name>
    <message>
        <location filename="../../ui/review/appraisalsheet.cpp" line="+59"/>
        <source>Quarterly appraisal %1 — %2</source>
        <translation>%1 季度考核 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 (team time) · KPIs frozen %3 · rule version %4</source>
        <translation>%1 至 %2（团队时区）· KPI 冻结于 %3 · 规则版本 %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+66"/>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cycle</source>
        <translation>考核周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved by</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not approved yet</source>
        <translation>尚未审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KPIs of the quarter</source>
        <translation>本季度 KPI</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Achievement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPI score: %1</source>
        <translation>KPI 得分：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+41"/>
        <source>Supervisor</source>
        <translation>主管</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Score (1–5)</source>
        <translation>评分（1–5）</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+6"/>
        <source>not scored yet</source>
        <translation>尚未评分</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final score and grade</source>
        <translation>最终得分与等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · grade %2</source>
        <translation>%1 · 等级 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decisions</source>
        <translation>奖惩决定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Violations of the quarter (%1):</source>
        <translation>本季度违规（%1 次）：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <comment>violation type (severity)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order #%1</source>
        <translation>订单 #%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approver</source>
        <translation>审批人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Appraisal</source>
        <translation>考核表</translation>
    </message>
</context>
<context>
    <name>DashboardExport</name>
    <message>
        <location filename="../../ui/dashboard/dashboardexport.cpp" line="+106"/>
        <source>team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dashboard-%1-%2-%3.csv</source>
        <comment>a file name</comment>
        <translation>数据看板-%1-%2-%3.csv</translation>
    </message>
</context>
<context>
    <name>DashboardPeriod</name>
    <message>
        <location filename="../../ui/dashboard/dashboardperiod.cpp" line="+68"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom…</source>
        <comment>a period of the user&apos;s own choosing</comment>
        <translation>自定义…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 – %2</source>
        <comment>first and last day of a period</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>vs last week so far</source>
        <translation>对比上周同期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs last month so far</source>
        <translation>对比上月同期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs last quarter so far</source>
        <translation>对比上季度同期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>vs the first day before</source>
        <translation>对比上一周期的首日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs the first %1 days before</source>
        <translation>对比上一周期的前 %1 天</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>vs yesterday</source>
        <translation>对比昨天</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs last week</source>
        <translation>对比上周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs last month</source>
        <translation>对比上月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>vs last quarter</source>
        <translation>对比上季度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>vs the day before</source>
        <translation>对比前一天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs the %1 days before</source>
        <translation>对比之前 %1 天</translation>
    </message>
</context>
<context>
    <name>DashboardSource</name>
    <message>
        <location filename="../../ui/dashboard/dashboardsource.cpp" line="+348"/>
        <source>This figure has no list of orders.</source>
        <translation>这个指标没有对应的订单明细。</translation>
    </message>
</context>
<context>
    <name>KpiFigure</name>
    <message>
        <location filename="../../ui/dashboard/kpifigure.cpp" line="+103"/>
        <source>Click to list these orders.</source>
        <translation>点击查看这些订单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Click to list the closed orders it is worked out from.</source>
        <translation>点击查看计算所依据的结单订单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to list the grab attempts it is worked out from.</source>
        <translation>点击查看计算所依据的抢单记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to list the feedback scores it averages, with their comments.</source>
        <translation>点击查看参与平均的客户反馈评分及评语。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to list the won orders it adds up.</source>
        <translation>点击查看累计的成交订单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to list the orders assigned, with how long each waited.</source>
        <translation>点击查看分配到的订单及各自的等待时长。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to list these violations.</source>
        <translation>点击查看这些违规记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to list the orders assigned, by grabber: the index measures how evenly they spread.</source>
        <translation>点击按抢单员查看分配到的订单：该指数衡量订单分配得是否均匀。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click to list the orders held now.</source>
        <translation>点击查看当前在手订单。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Volume</source>
        <translation>接单量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won</source>
        <comment>orders closed as won</comment>
        <translation>成交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <comment>orders closed as lost</comment>
        <translation>未成交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reclaimed</source>
        <translation>回收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hit rate</source>
        <translation>抢中率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median response</source>
        <translation>响应时间中位数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fairness index</source>
        <translation>公平指数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open now</source>
        <translation>在手订单</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Orders assigned in the period (grabbed or dispatched), by the time of assignment.</source>
        <translation>本期分配到的订单（抢单或分单），按分配时间计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned orders that were closed as won in the period.</source>
        <translation>本期以成交结单的已分配订单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned orders that were closed as lost in the period.</source>
        <translation>本期以未成交结单的已分配订单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Assigned orders taken back to the pool in the period for want of a follow-up.</source>
        <translation>本期因未跟进被回收到抢单池的已分配订单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won ÷ closed, where closed = won + lost + reclaimed in the period.</source>
        <translation>成交 ÷ 结单，结单 = 本期成交 + 未成交 + 回收。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Lost + reclaimed) ÷ closed in the period (抢单失败率).</source>
        <translation>（未成交 + 回收）÷ 本期结单（抢单失败率）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grab attempts that obtained the order ÷ all grab attempts in the period.</source>
        <translation>抢到订单的抢单次数 ÷ 本期全部抢单次数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean customer feedback score (1–5) given in the period, with the number of scores.</source>
        <translation>本期客户反馈评分（1–5）的平均值，并注明评分条数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum of the amounts of the orders won in the period.</source>
        <translation>本期成交订单的金额合计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Median time from an order&apos;s publication to its assignment, over the orders assigned in the period.</source>
        <translation>本期分配的订单从发布到分配所用时间的中位数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violations recorded in the period, automatic or by hand.</source>
        <translation>本期记录的违规，包括系统自动识别和手工登记。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Jain&apos;s index of volume over the active grabbers: 1 when everybody has the same volume, 1/n when one has it all.</source>
        <translation>在岗抢单员接单量的 Jain 公平指数：人人接单量相同时为 1，全部集中在一人身上时为 1/n。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders assigned and not yet closed, right now (not tied to the period).</source>
        <translation>当前已分配、尚未结单的订单（与所选时段无关）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no order closed in this period</source>
        <translation>本期没有结单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no grab attempt in this period</source>
        <translation>本期没有抢单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no feedback in this period</source>
        <translation>本期没有客户反馈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no order assigned in this period</source>
        <translation>本期没有分配订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no active grabber had any volume</source>
        <translation>在岗抢单员都没有接单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no figure for this period</source>
        <translation>本期没有数据</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no order closed in the previous period</source>
        <translation>上期没有结单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no grab attempt in the previous period</source>
        <translation>上期没有抢单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no feedback in the previous period</source>
        <translation>上期没有客户反馈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no order assigned in the previous period</source>
        <translation>上期没有分配订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no active grabber had any volume in the previous period</source>
        <translation>上期在岗抢单员都没有接单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no figure for the previous period</source>
        <translation>上期没有数据</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>= no change</source>
        <translation>= 持平</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 pts</source>
        <comment>percentage points</comment>
        <translation>%1 个百分点</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>no follow-up</source>
        <translation>未跟进</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>over the cap</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside the grab window</source>
        <translation>抢单时段外抢单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restricted order</source>
        <translation>抢受限订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too-fast attempts</source>
        <translation>抢单过快</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer complaint</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>low</source>
        <comment>violation severity</comment>
        <translation>轻微</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>medium</source>
        <comment>violation severity</comment>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>high</source>
        <comment>violation severity</comment>
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <location filename="../../ui/review/reviewtext.cpp" line="+13"/>
        <source>Draft</source>
        <comment>review state</comment>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <comment>review state</comment>
        <translation>评分中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scoring</source>
        <comment>review state</comment>
        <translation>已开始评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <comment>review state</comment>
        <translation>已审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked</source>
        <comment>review state</comment>
        <translation>已锁定</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honour or title</source>
        <translation>荣誉或称号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion recommendation</source>
        <translation>晋升推荐</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus deduction</source>
        <translation>扣减奖金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassignment</source>
        <translation>调岗</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median response</source>
        <translation>响应时间中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sales skills</source>
        <translation>销售技巧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead</source>
        <translation>组长</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no follow-up</source>
        <translation>未跟进</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>over the cap</source>
        <translation>超出上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>outside the grab window</source>
        <translation>抢单时段外抢单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>restricted order</source>
        <translation>抢受限订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>too-fast attempts</source>
        <translation>抢单过快</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer complaint</source>
        <translation>客户投诉</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>low</source>
        <comment>violation severity</comment>
        <translation>轻微</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>medium</source>
        <comment>violation severity</comment>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>high</source>
        <comment>violation severity</comment>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bonus %1</source>
        <translation>奖金 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Honour: %1</source>
        <translation>荣誉：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotion recommended: %1</source>
        <translation>推荐晋升：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training: %1 (%2, due %3)</source>
        <translation>培训：%1（%2，%3 前完成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bonus deduction %1 — reason: %2</source>
        <translation>扣减奖金 %1 — 原因：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reassignment — reason: %1</source>
        <translation>调岗 — 原因：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reassignment: %1 — reason: %2</source>
        <translation>调岗：%1 — 原因：%2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Draft: the KPIs are frozen when the cycle is opened; until then the weights, targets and grades can still change.</source>
        <translation>草稿：开启考核周期时才冻结 KPI；开启前权重、目标和等级线都还可以修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved by %1 on %2: scores and decisions are read-only. Withdraw the approval to change them, or lock the cycle.</source>
        <translation>已由 %1 于 %2 审批：评分和决定均为只读。如需修改请先撤回审批；确认无误可锁定本周期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Locked on %1 (approved by %2): nothing in this cycle can change any more.</source>
        <translation>已于 %1 锁定（审批人：%2）：本周期的任何内容都不能再修改。</translation>
    </message>
</context>
<context>
    <name>grab::ui::ActivityCharts</name>
    <message>
        <location filename="../../ui/dashboard/activitycharts.cpp" line="+69"/>
        <source>&lt; 10 s</source>
        <comment>a response-time bucket</comment>
        <translation>&lt; 10 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>10–30 s</source>
        <comment>a response-time bucket</comment>
        <translation>10–30 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>30–60 s</source>
        <comment>a response-time bucket</comment>
        <translation>30–60 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1–2 min</source>
        <comment>a response-time bucket</comment>
        <translation>1–2 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2–5 min</source>
        <comment>a response-time bucket</comment>
        <translation>2–5 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5–15 min</source>
        <comment>a response-time bucket</comment>
        <translation>5–15 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>15–60 min</source>
        <comment>a response-time bucket</comment>
        <translation>15–60 分钟</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≥ 1 h</source>
        <comment>a response-time bucket</comment>
        <translation>≥ 1 小时</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>response-time-%1-%2.png</source>
        <comment>a file name</comment>
        <translation>响应时间-%1-%2.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attempts-by-hour-%1-%2.png</source>
        <comment>a file name</comment>
        <translation>分时段抢单-%1-%2.png</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Response time · no order assigned in this period</source>
        <translation>响应时间 · 本期没有分配订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time · median %1 (darker bar)</source>
        <translation>响应时间 · 中位数 %1（深色柱）</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>Orders assigned</source>
        <translation>分配订单数</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Wait before assignment</source>
        <translation>分配前等待时长</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Waited %1: %2
Click to list them</source>
        <translation>等待 %1：%2
点击查看明细</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln 单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Grab attempts by hour of day · none in this period</source>
        <translation>各时段抢单次数 · 本期没有抢单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grab attempts by hour of day · busiest %1</source>
        <translation>各时段抢单次数 · 最忙 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obtained the order</source>
        <translation>抢到</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost the race or refused</source>
        <translation>没抢到或被拒</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Hour of day (%1)</source>
        <comment>axis title; the team&apos;s time zone</comment>
        <translation>时段（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Grab attempts</source>
        <translation>抢单次数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 grab attempts, %3 obtained the order
Click to list them</source>
        <translation>%1：抢单 %2 次，抢到 %3 次
点击查看明细</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Waited %1</source>
        <translation>等待 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders assigned to %1 in %2 (whole days) that waited %3 from publication to assignment.</source>
        <translation>%2（按整天计）分配给 %1、从发布到分配等待了 %3 的订单。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attempts %1</source>
        <translation>抢单 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grab attempts by %1 in %2 (whole days) made between %3 team time; the Result column says which obtained the order.</source>
        <translation>%1 在 %2（按整天计）团队时间 %3 之间的抢单记录；“结果”列显示哪些抢到了订单。</translation>
    </message>
</context>
<context>
    <name>grab::ui::AlertList</name>
    <message>
        <location filename="../../ui/dashboard/alertlist.cpp" line="+39"/>
        <source>No alerts for this period.</source>
        <translation>本期没有预警。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Alerts</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click for %1&apos;s dashboard.</source>
        <translation>双击查看 %1 的数据看板。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click for the rows behind it.</source>
        <translation>双击查看相关明细。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2
%3</source>
        <comment>severity: the alert, then what a double-click does</comment>
        <translation>%1：%2
%3</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%Ln alerts · double-click to look closer</source>
        <translation>
            <numerusform>%Ln 条预警 · 双击查看详情</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::AwardCard</name>
    <message>
        <location filename="../../ui/dashboard/awardcard.cpp" line="+75"/>
        <source>Score = %1 × success rate + %2 × revenue ÷ the month&apos;s top revenue + %3 × (satisfaction − 1) ÷ 4 − %4 × violations. Only grabbers with at least %5 closed orders qualify; no feedback counts as a neutral 3.</source>
        <translation>得分 = %1 × 成功率 + %2 × 成交额 ÷ 当月最高成交额 + %3 × (满意度 − 1) ÷ 4 − %4 × 违规次数。结单不少于 %5 单的抢单员才参评；没有客户反馈按中性的 3 分计。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Grabber of the Month</source>
        <translation>月度最佳抢单员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Grabber of the Month · %1 so far</source>
        <translation>月度最佳抢单员 · %1（截至目前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grabber of the Month · %1</source>
        <translation>月度最佳抢单员 · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody qualifies yet: %1 closed orders needed.</source>
        <translation>暂时无人达标：至少需要结单 %1 单。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>success %1 + revenue %2 + satisfaction %3 − violations %4</source>
        <translation>成功率 %1 + 成交额 %2 + 满意度 %3 − 违规 %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runner-up: %1, %2 points — %3 points behind</source>
        <translation>第二名：%1，%2 分，落后 %3 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No runner-up: only one grabber qualifies.</source>
        <translation>没有第二名：只有一位抢单员达标。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n qualified</source>
        <translation>
            <numerusform>%n 人参评</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n with too few closed orders</source>
        <translation>
            <numerusform>%n 人结单不足</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Standings (points)</source>
        <translation>排名（得分）</translation>
    </message>
</context>
<context>
    <name>grab::ui::ChartPanel</name>
    <message>
        <location filename="../../ui/dashboard/chartpanel.cpp" line="+34"/>
        <source>Save as PNG…</source>
        <translation>保存为 PNG…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this chart as a picture</source>
        <translation>把这张图表保存为图片</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+9"/>
        <source>Save the chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>grab::ui::DashboardPage</name>
    <message>
        <location filename="../../ui/dashboard/dashboardpage.cpp" line="+108"/>
        <source>Dashboards</source>
        <translation>数据看板</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The whole team: totals, alerts, leaderboard, Grabber of the Month</source>
        <translation>整个团队：汇总、预警、排行榜、月度最佳抢单员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One grabber against the team average: target, trends, response times, hours, recent violations, feedback and trainings</source>
        <translation>单个抢单员对比团队平均：目标、趋势、响应时间、时段、近期违规、客户反馈和培训</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Type part of a name to find a grabber</source>
        <translation>输入姓名的一部分查找抢单员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a grabber…</source>
        <translation>查找抢单员…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Computing…</source>
        <translation>计算中…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export figures…</source>
        <translation>导出数据…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The figures shown as CSV for Excel (UTF-8 with BOM), stating the period, time zone and rule version: the cards, then the team&apos;s leaderboard or the grabber&apos;s chart figures</source>
        <translation>把当前显示的数据导出为 Excel 用的 CSV（UTF-8 带 BOM），注明时段、时区和规则版本：先是指标卡片，再是团队排行榜或抢单员的图表数据</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Period:</source>
        <translation>时段：</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算数据：%1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Custom period</source>
        <translation>自定义时段</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln days to go</source>
        <translation>
            <numerusform>还剩 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>compared with %1</source>
        <translation>对比 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>days in %1 (team time zone)</source>
        <translation>按 %1 计日（团队时区）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rules v%1</source>
        <translation>规则 v%1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 (not active)</source>
        <translation>%1（不在岗）</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Alert</source>
        <translation>预警</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Export figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exported the figures to %1.</source>
        <translation>数据已导出到 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not export to %1: %2</source>
        <translation>无法导出到 %1：%2</translation>
    </message>
</context>
<context>
    <name>grab::ui::DashboardWorker</name>
    <message>
        <location filename="../../ui/dashboard/dashboardworker.cpp" line="+38"/>
        <location line="+13"/>
        <source>The dashboards have no connection to the database.</source>
        <translation>数据看板未连接到数据库。</translation>
    </message>
</context>
<context>
    <name>grab::ui::DecisionDialog</name>
    <message>
        <location filename="../../ui/review/decisiondialog.cpp" line="+23"/>
        <source>Add decision — %1</source>
        <translation>添加决定 — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount (yuan):</source>
        <translation>金额（元）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2000 or 1500.50</source>
        <translation>例如 2000 或 1500.50</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due on:</source>
        <translation>截止日期：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason (required):</source>
        <translation>原因（必填）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this penalty: the violations or facts behind it</source>
        <translation>惩罚的理由：依据的违规或事实</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 has no violation in %2.</source>
        <translation>%1 在 %2 没有违规。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&apos;s violations in %2, as frozen when the cycle was opened:</source>
        <translation>%1 在 %2 的违规（开启考核周期时冻结）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind:</source>
        <translation>类型：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add decision</source>
        <translation>添加决定</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Honour or title:</source>
        <translation>荣誉或称号：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation:</source>
        <translation>推荐意见：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course:</source>
        <translation>课程：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reassigned to:</source>
        <translation>调往：</translation>
    </message>
</context>
<context>
    <name>grab::ui::DrillDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dashboard/drilldialog.cpp" line="+34"/>
        <source>%Ln grab attempts</source>
        <translation>
            <numerusform>%Ln 次抢单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 grab attempt</source>
        <translation>1 次抢单</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln feedback scores</source>
        <translation>
            <numerusform>%Ln 条客户反馈评分</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 feedback score</source>
        <translation>1 条客户反馈评分</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln violations</source>
        <translation>
            <numerusform>%Ln 次违规</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 violation</source>
        <translation>1 次违规</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln orders</source>
        <translation>
            <numerusform>%Ln 单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 order</source>
        <translation>1 单</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the team</source>
        <translation>团队</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln orders assigned to %1</source>
        <translation>
            <numerusform>分配给 %1 的 %Ln 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln orders %1 won</source>
        <translation>
            <numerusform>%1 成交的 %Ln 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln orders %1 lost</source>
        <translation>
            <numerusform>%1 未成交的 %Ln 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln orders reclaimed from %1</source>
        <translation>
            <numerusform>从 %1 回收的 %Ln 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln orders %1 closed</source>
        <translation>
            <numerusform>%1 结单的 %Ln 单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln grab attempts by %1</source>
        <translation>
            <numerusform>%1 的 %Ln 次抢单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln feedback scores for %1</source>
        <translation>
            <numerusform>%1 收到的 %Ln 条客户反馈评分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln violations recorded for %1</source>
        <translation>
            <numerusform>%1 被记录的 %Ln 次违规</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln orders held by %1</source>
        <translation>
            <numerusform>%1 在手的 %Ln 单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>counted by the time of assignment.</source>
        <translation>按分配时间计。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>counted by the time the order was closed.</source>
        <translation>按结单时间计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>taken back to the pool for want of a follow-up, counted by that time.</source>
        <translation>因未跟进被回收到抢单池，按回收时间计。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 won → %2 success rate (won ÷ closed).</source>
        <translation>成交 %1 单 → 成功率 %2（成交 ÷ 结单）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lost + %2 reclaimed → %3 failure rate ((lost + reclaimed) ÷ closed).</source>
        <translation>未成交 %1 单 + 回收 %2 单 → 失败率 %3（（未成交 + 回收）÷ 结单）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 obtained the order → %2 hit rate.</source>
        <translation>抢到 %1 次 → 抢中率 %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 points ÷ %2 scores → %3 mean score.</source>
        <translation>共 %1 分 ÷ %2 条评分 → 平均 %3 分。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>their amounts add up to %1.</source>
        <translation>金额合计 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>half of them waited %1 or less from publication to assignment (the median; the list is sorted by the wait).</source>
        <translation>其中一半从发布到分配等待不超过 %1（即中位数；列表按等待时长排序）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of them to the %2 active grabbers, whose volumes give Jain&apos;s index (Σ volume)² ÷ (%2 × Σ volume²) = %3 (sorted by grabber).</source>
        <translation>其中 %1 单分给了 %2 位在岗抢单员，按他们的接单量算出 Jain 指数 (Σ 接单量)² ÷ (%2 × Σ 接单量²) = %3（按抢单员排序）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>assigned and not closed yet, right now (whatever the period).</source>
        <translation>当前已分配、尚未结单（与所选时段无关）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · %2</source>
        <comment>figure · how many rows</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 Times in %2.</source>
        <translation>%1 时间按 %2 时区显示。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1. %2, so the card reads “—”, not a number.</source>
        <translation>%1。%2，所以卡片显示“—”，而不是数字。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2 (whole days, %3). %4, so the card reads “—”, not a number.</source>
        <translation>%2（按整天计，%3）%1。%4，所以卡片显示“—”，而不是数字。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2 (whole days, %3).</source>
        <translation>%2（按整天计，%3）%1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in %2 (whole days, %3): %4</source>
        <translation>%2（按整天计，%3）%1：%4</translation>
    </message>
</context>
<context>
    <name>grab::ui::DrillModel</name>
    <message>
        <location line="+43"/>
        <location filename="../../ui/dashboard/drillmodel.cpp" line="+137"/>
        <source>%1 (%2)</source>
        <comment>violation type (severity)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location filename="../../ui/dashboard/drillmodel.cpp" line="-61"/>
        <source>grabbed</source>
        <translation>抢单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dispatched</source>
        <translation>智能分单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by the manager</source>
        <translation>经理指派</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>still held</source>
        <translation>仍在跟进</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reclaimed</source>
        <translation>已回收</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>released</source>
        <translation>退回抢单池</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>obtained the order</source>
        <translation>抢到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lost the race</source>
        <translation>没抢到</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>refused</source>
        <translation>被拒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>refused: %1</source>
        <translation>被拒：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 of 5</source>
        <comment>a feedback score</comment>
        <translation>%1 / 5 分</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (score %2)</source>
        <translation>%1（评分 %2）</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The amount of the holding</source>
        <translation>在手订单的金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The amount of the order</source>
        <translation>订单金额</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The time that counts the order in the figure: its assignment for volume and response time, its close for won, lost and reclaimed; open orders show when they were assigned</source>
        <translation>订单计入该指标的时间：接单量和响应时间按分配时间，成交、未成交和回收按结单时间；未结单的订单显示分配时间</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When the grab was attempted</source>
        <translation>抢单时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the customer gave the score</source>
        <translation>客户评分的时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the violation was recorded</source>
        <translation>违规记录的时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the order entered the pool</source>
        <translation>订单进入抢单池的时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How long the order waited from its publication to its assignment</source>
        <translation>订单从发布到分配等待了多久</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How</source>
        <comment>how the order was assigned</comment>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <comment>the time that counts the row in the figure</comment>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violation</source>
        <translation>违规</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it is flagged</source>
        <translation>标记原因</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waited</source>
        <comment>publication to assignment</comment>
        <translation>等待</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>grab::ui::GrabberCharts</name>
    <message>
        <location filename="../../ui/dashboard/grabbercharts.cpp" line="+49"/>
        <source>%1 · %2</source>
        <comment>a chart&apos;s title · the days it shows</comment>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>last %Ln days</source>
        <translation>
            <numerusform>近 %Ln 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>orders-per-day-%1-%2.png</source>
        <comment>a file name</comment>
        <translation>每日结单-%1-%2.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>success-rate-%1-%2.png</source>
        <comment>a file name</comment>
        <translation>成功率-%1-%2.png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction-%1-%2.png</source>
        <comment>a file name</comment>
        <translation>满意度-%1-%2.png</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 · orders closed per day</source>
        <translation>%1 · 每日结单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reclaimed</source>
        <translation>回收</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · orders closed per day · none in these days</source>
        <translation>%1 · 每日结单 · 这些天没有结单</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+87"/>
        <source>Day (%1)</source>
        <comment>axis title; the team&apos;s time zone</comment>
        <translation>日期（%1）</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Orders closed</source>
        <translation>结单数</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2 won, %3 lost, %4 reclaimed
Click a colour for its orders</source>
        <translation>%1：成交 %2，未成交 %3，回收 %4
点击颜色块查看对应订单</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Won on %1</source>
        <translation>%1 成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders %1 closed as won on %2.</source>
        <translation>%1 在 %2 成交的订单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lost on %1</source>
        <translation>%1 未成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders %1 closed as lost on %2.</source>
        <translation>%1 在 %2 未成交的订单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reclaimed on %1</source>
        <translation>%1 回收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders taken back from %1 on %2 for want of a follow-up.</source>
        <translation>%2 因未跟进从 %1 回收的订单。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Success rate · %Ln-day rolling</source>
        <translation>
            <numerusform>成功率 · %Ln 日滚动</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Satisfaction · %Ln-day rolling</source>
        <translation>
            <numerusform>满意度 · %Ln 日滚动</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Team average</source>
        <translation>团队平均</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2</source>
        <comment>a chart&apos;s title · why a line is missing</comment>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: nothing closed</source>
        <translation>%1：没有结单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1: no feedback</source>
        <translation>%1：没有客户反馈</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Won ÷ closed</source>
        <translation>成交 ÷ 结单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mean score (1–5)</source>
        <translation>平均评分（1–5）</translation>
    </message>
</context>
<context>
    <name>grab::ui::KpiCard</name>
    <message>
        <location filename="../../ui/dashboard/kpicard.cpp" line="+80"/>
        <source>“—”: %1, so there is no figure (not 0).</source>
        <translation>“—”：%1，所以没有数值（不是 0）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>now, not in the period</source>
        <translation>当前数，不分时段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— no change to show</source>
        <translation>— 无变化可比</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>— nothing to compare</source>
        <translation>— 无可对比数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period %1: “—”, %2.</source>
        <translation>上期 %1：“—”，%2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2</source>
        <comment>a change, then what it is against</comment>
        <translation>%2 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous period %1: %2.</source>
        <translation>上期 %1：%2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>team avg %1</source>
        <translation>团队平均 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team average: the mean over the active grabbers for whom the figure is defined.</source>
        <translation>团队平均：有该项数据的在岗抢单员的平均值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team average “—”: no active grabber has this figure in the period.</source>
        <translation>团队平均“—”：本期没有在岗抢单员有该项数据。</translation>
    </message>
</context>
<context>
    <name>grab::ui::KpiPanel</name>
    <message>
        <location filename="../../ui/dashboard/kpipanel.cpp" line="+76"/>
        <source>orders assigned</source>
        <translation>分配订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed as won</source>
        <translation>以成交结单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed as lost</source>
        <translation>以未成交结单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>back to the pool: no follow-up</source>
        <translation>未跟进，被回收到抢单池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 won of %2 closed</source>
        <translation>结单 %2，成交 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 lost + %2 reclaimed of %3</source>
        <translation>结单 %3：未成交 %1 + 回收 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 grab attempts</source>
        <translation>抢单 %2 次，抢到 %1 次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>n = %1 feedback</source>
        <translation>共 %1 条客户反馈</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>from %Ln orders won</source>
        <translation>
            <numerusform>来自 %Ln 笔成交</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>publication → assignment</source>
        <translation>发布 → 分配</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>none recorded</source>
        <translation>无记录</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>most: %1 (%2)</source>
        <translation>最多：%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>over %Ln active grabbers</source>
        <translation>
            <numerusform>基于 %Ln 位在岗抢单员</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>assigned, not yet closed</source>
        <translation>已分配，尚未结单</translation>
    </message>
</context>
<context>
    <name>grab::ui::LeaderboardModel</name>
    <message>
        <location filename="../../ui/dashboard/leaderboardmodel.cpp" line="+114"/>
        <location filename="../../ui/dashboard/teamdashboardview.cpp" line="+100"/>
        <source>%1 (%2)</source>
        <comment>satisfaction and its count</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 — double-click for their dashboard</source>
        <translation>%1 — 双击查看其数据看板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not active now; shown for what they did in the period</source>
        <translation>%1 目前不在岗；显示的是其本期的数据</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The mean of %Ln feedback scores</source>
        <translation>
            <numerusform>%Ln 条客户反馈评分的平均值</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recl.</source>
        <comment>reclaimed, short column title</comment>
        <translation>回收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success</source>
        <comment>success rate, short column title</comment>
        <translation>成功率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Failure</source>
        <comment>failure rate, short column title</comment>
        <translation>失败率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hit</source>
        <comment>hit rate, short column title</comment>
        <translation>抢中率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resp.</source>
        <comment>median response time, short column title</comment>
        <translation>响应</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisf. (n)</source>
        <comment>satisfaction and its count, short column title</comment>
        <translation>满意度(条)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viol.</source>
        <comment>violations, short column title</comment>
        <translation>违规</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <comment>orders open now, short column title</comment>
        <translation>在手</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grabber — double-click a row for their dashboard; a grey row is a grabber not active now</source>
        <translation>抢单员 — 双击某行查看其数据看板；灰色行是目前不在岗的抢单员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <comment>full column title — its definition</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In brackets: the number of scores.</source>
        <translation>括号内为评分条数。</translation>
    </message>
</context>
<context>
    <name>grab::ui::NewCycleDialog</name>
    <message>
        <location filename="../../ui/review/newcycledialog.cpp" line="+45"/>
        <source>New review cycle</source>
        <translation>新建考核周期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>KPIs: weight and quarter target</source>
        <translation>KPI：权重与季度目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> yuan</source>
        <translation> 元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (at most)</source>
        <translation>%1（上限）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Final score and grades</source>
        <translation>最终得分与等级</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPI share of the final score:</source>
        <translation>KPI 在最终得分中的占比：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Achievement cap:</source>
        <translation>达成率上限：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade A from:</source>
        <translation>A 级起点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade B from:</source>
        <translation>B 级起点：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade C from (below: D):</source>
        <translation>C 级起点（以下为 D）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefilled from the rule set (version %1). They can change while the cycle is a draft, never after it is opened.</source>
        <translation>已按规则（版本 %1）预填。考核周期为草稿时可以修改，开启后不能再改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create draft</source>
        <translation>创建草稿</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
</context>
<context>
    <name>grab::ui::PeriodPicker</name>
    <message>
        <location filename="../../ui/dashboard/periodpicker.cpp" line="+19"/>
        <source>Whole days in the team&apos;s time zone; weeks start on Monday</source>
        <translation>按团队时区的整天计算；每周从周一开始</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day (included)</source>
        <translation>最后一天（含）</translation>
    </message>
</context>
<context>
    <name>grab::ui::RecentRowsPanel</name>
    <message>
        <location filename="../../ui/dashboard/recentrowspanel.cpp" line="+19"/>
        <source>sales skills</source>
        <translation>销售技巧</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open action items</source>
        <translation>未完成的待办事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recent violations</source>
        <translation>近期违规</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback comments</source>
        <translation>客户反馈评语</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No open action items from meetings or one-to-ones.</source>
        <translation>周例会和一对一面谈没有未完成的待办事项。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No violations in this period.</source>
        <translation>本期没有违规。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No feedback in this period.</source>
        <translation>本期没有客户反馈。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No training taken or due in this period.</source>
        <translation>本期没有参加过或到期的培训。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 (%2)</source>
        <comment>violation type (severity)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>score %1</source>
        <translation>评分 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>order #%1</source>
        <translation>订单 #%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>overdue since %1</source>
        <translation>%1 起已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>not taken yet</source>
        <translation>尚未参加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 passed</source>
        <translation>%1 通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not passed</source>
        <translation>%1 未通过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 taken</source>
        <translation>%1 已参加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 h</source>
        <comment>hours of training</comment>
        <translation>%1 小时</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Due on %1 and not taken.</source>
        <translation>应于 %1 前参加，尚未参加。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Due on %1 and not done.</source>
        <translation>应于 %1 前完成，尚未完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due within three days.</source>
        <translation>三天内到期。</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%Ln open</source>
        <translation>
            <numerusform>%Ln 项未完成</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weekly meeting %1</source>
        <translation>周例会 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one-to-one %1</source>
        <translation>一对一面谈 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no due date</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the newest %1 of %2 in the period</source>
        <translation>本期共 %2 条，显示最新 %1 条</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln in the period</source>
        <translation>
            <numerusform>本期 %Ln 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>grab::ui::ReviewCycleBar</name>
    <message>
        <location filename="../../ui/review/reviewcyclebar.cpp" line="+33"/>
        <source>Review</source>
        <translation>季度考核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The review cycle, by quarter</source>
        <translation>按季度选择考核周期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>draft → open → scoring → approved → locked</source>
        <translation>草稿 → 评分中 → 已开始评分 → 已审批 → 已锁定</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New cycle…</source>
        <translation>新建周期…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft cycle for a quarter, with its weights, targets and grade thresholds</source>
        <translation>为某个季度新建考核周期草稿，含权重、目标和等级线</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open cycle</source>
        <translation>开启周期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Freeze every active grabber&apos;s KPIs for the quarter and start scoring</source>
        <translation>冻结每位在岗抢单员本季度的 KPI，开始评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve…</source>
        <translation>审批…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approve the cycle under a named approver; every grabber must be scored</source>
        <translation>以审批人的名义审批本周期；每位抢单员都必须已评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw approval</source>
        <translation>撤回审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to scoring, to change a score or a decision</source>
        <translation>回到评分阶段，以便修改评分或决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock…</source>
        <translation>锁定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the approved cycle for good: nothing in it can change any more</source>
        <translation>永久锁定已审批的周期：之后任何内容都不能再修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cycle as CSV for Excel, the same file as grabctl review export</source>
        <translation>把本周期导出为 Excel 用的 CSV，与 grabctl review export 生成的文件相同</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 to %2 · not opened yet</source>
        <translation>%1 至 %2 · 尚未开启</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 scored · %3 decisions</source>
        <translation>已评分 %1/%2 · 决定 %3 项</translation>
    </message>
</context>
<context>
    <name>grab::ui::ReviewEntryModel</name>
    <message>
        <location filename="../../ui/review/reviewentrymodel.cpp" line="+85"/>
        <location filename="../../ui/review/reviewpage.cpp" line="+97"/>
        <location line="+1"/>
        <source>Scored</source>
        <translation>已评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../../ui/review/reviewpage.cpp" line="-1"/>
        <location line="+2"/>
        <source>Missing</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Grabber</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>KPI score</source>
        <translation>KPI 得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervisor</source>
        <comment>score 1-5</comment>
        <translation>主管评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decisions</source>
        <translation>奖惩决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scored?</source>
        <translation>是否已评</translation>
    </message>
</context>
<context>
    <name>grab::ui::ReviewPage</name>
    <message>
        <location filename="../../ui/review/reviewpage.cpp" line="+10"/>
        <source>Missing only</source>
        <translation>只看未评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only the grabbers without a supervisor&apos;s score</source>
        <translation>只显示还没有主管评分的抢单员</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Grabbers in the cycle</source>
        <translation>本周期的抢单员</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Freezing the KPIs of %1: %2 of %3 grabbers…</source>
        <translation>正在冻结 %1 的 KPI：%2/%3 位抢单员…</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>No review cycle yet. New cycle… creates a draft for a quarter; opening it freezes the team&apos;s KPIs.</source>
        <translation>还没有考核周期。点“新建周期…”为某个季度创建草稿；开启后会冻结团队的 KPI。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No cycle to show.</source>
        <translation>没有可显示的考核周期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cycle %1 is a draft: open it to freeze the KPIs of every active grabber.</source>
        <translation>考核周期 %1 还是草稿：开启后会冻结每位在岗抢单员的 KPI。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a grabber to see their sheet.</source>
        <translation>选择一位抢单员查看其考核表。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Draft cycle %1 created. Open it to freeze the KPIs of every active grabber.</source>
        <translation>已创建考核周期草稿 %1。开启后会冻结每位在岗抢单员的 KPI。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Freezing the KPIs of %1…</source>
        <translation>正在冻结 %1 的 KPI…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening %1</source>
        <translation>正在开启 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Opened %1: the KPIs of %Ln grabbers are frozen (%2 s). Scoring can start.</source>
        <translation>
            <numerusform>%1 已开启：已冻结 %Ln 位抢单员的 KPI（用时 %2 秒），可以开始评分了。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opening %1 was cancelled: nothing changed, the cycle is still a draft.</source>
        <translation>已取消开启 %1：没有任何改动，该周期仍是草稿。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 scored %2: final %3, grade %4.</source>
        <translation>%1 评分 %2：最终得分 %3，等级 %4。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The decision was taken back.</source>
        <translation>已撤销该决定。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 approved by %2. Lock it when nothing should change any more.</source>
        <translation>%1 已由 %2 审批。确认不再修改后请锁定。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The approval of %1 was withdrawn: scores and decisions can change again.</source>
        <translation>已撤回 %1 的审批：评分和决定可以再次修改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is locked: nothing in it can change any more.</source>
        <translation>%1 已锁定：其中任何内容都不能再修改。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Could not write %1: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %Ln grabbers of %1 to %2.</source>
        <translation>
            <numerusform>已将 %1 的 %Ln 位抢单员导出到 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Saved the appraisal sheet to %1.</source>
        <translation>考核表已保存到 %1。</translation>
    </message>
    <message>
        <location filename="../../ui/review/reviewpageprompts.cpp" line="+57"/>
        <source>Approve %1</source>
        <translation>审批 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The approver&apos;s name:</source>
        <translation>审批人姓名：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lock %1</source>
        <translation>锁定 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lock the review %1 for good?

Nothing in it can change any more — no score, comment or decision, and the approval cannot be withdrawn. This cannot be undone.</source>
        <translation>确定永久锁定考核 %1 吗？

锁定后任何内容都不能再修改——评分、评语和决定都不行，审批也不能撤回。此操作无法撤销。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export the review as CSV</source>
        <translation>将考核导出为 CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV for Excel (*.csv)</source>
        <translation>Excel 用 CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Print the appraisal sheet</source>
        <translation>打印考核表</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the appraisal sheet as PDF</source>
        <translation>将考核表保存为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>grab::ui::ReviewSheetPanel</name>
    <message>
        <location filename="../../ui/review/reviewsheetpanel.cpp" line="+67"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>权重</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Achievement</source>
        <translation>达成率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Points</source>
        <translation>得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>— (not scored)</source>
        <translation>—（未评分）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The supervisor&apos;s score: 1 (poor) to 5 (excellent)</source>
        <translation>主管评分：1（差）到 5（优秀）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comment for the grabber&apos;s sheet</source>
        <translation>写在考核表上的评语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save score</source>
        <translation>保存评分</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Supervisor&apos;s score</source>
        <translation>主管评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Score (1–5):</source>
        <translation>评分（1–5）：</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add decision…</source>
        <translation>添加决定…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove decision</source>
        <translation>删除决定</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+136"/>
        <source>Decisions</source>
        <translation>奖惩决定</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Quarters side by side</source>
        <translation>历季对比</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>保存 PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printable appraisal sheet, A4</source>
        <translation>可打印的考核表，A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printable appraisal sheet as a PDF file</source>
        <translation>把可打印的考核表存为 PDF 文件</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>KPIs of the quarter (frozen at opening)</source>
        <translation>本季度 KPI（开启时冻结）</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Select a grabber to see their sheet.</source>
        <translation>选择一位抢单员查看其考核表。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 · %2 · %3 · %4 closed, %5 violations</source>
        <translation>%1 · %2 · %3 · 结单 %4，违规 %5 次</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Final %1 · grade %2</source>
        <translation>最终得分 %1 · 等级 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final: not scored yet</source>
        <translation>最终得分：尚未评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The final score follows from the supervisor&apos;s score.</source>
        <translation>主管评分后得出最终得分。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, by %2 on %3</source>
        <translation>%1（%2 于 %3 决定）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No decision yet.</source>
        <translation>暂无决定。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;KPI score %1&lt;/b&gt; — %2</source>
        <translation>&lt;b&gt;KPI 得分 %1&lt;/b&gt; — %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final score</source>
        <translation>最终得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KPI score</source>
        <translation>KPI 得分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Supervisor</source>
        <translation>主管评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volume</source>
        <translation>接单量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>grab::ui::TargetPanel</name>
    <message>
        <location filename="../../ui/dashboard/targetpanel.cpp" line="+70"/>
        <source>Won orders</source>
        <translation>成交单数</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Target %1</source>
        <translation>%1 目标</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No target for %1. Set one with “grabctl target set --grabber ID --month %1 --won N --revenue YUAN”.</source>
        <translation>%1 没有设定目标。可用“grabctl target set --grabber ID --month %1 --won N --revenue YUAN”设定。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of %2 won</source>
        <comment>progress against a target</comment>
        <translation>成交 %1 / %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2</source>
        <comment>revenue against a target</comment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Target %1 · month so far</source>
        <translation>%1 目标 · 本月至今</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Won orders and revenue from the 1st of %1 to today, whatever the period shown above.</source>
        <translation>%1-01 至今天的成交单数和成交额，与上方所选时段无关。</translation>
    </message>
</context>
<context>
    <name>grab::ui::TeamDashboardView</name>
    <message>
        <location filename="../../ui/dashboard/teamdashboardview.cpp" line="-45"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>click a column to sort · double-click a grabber for their dashboard</source>
        <translation>点击列标题排序 · 双击抢单员查看其数据看板</translation>
    </message>
</context>
</TS>
