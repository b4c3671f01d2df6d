<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>TeamText</name>
    <message>
        <location filename="../../ui/team/teamtext.cpp" line="+10"/>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 天</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sales skills</source>
        <translation>销售技巧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product knowledge</source>
        <translation>产品知识</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer service</source>
        <translation>客户服务</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weekly meeting</source>
        <translation>周例会</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One-to-one</source>
        <translation>一对一面谈</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue · %1</source>
        <translation>已逾期 · %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due tomorrow</source>
        <translation>明天到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due in %1 days</source>
        <translation>%1 天后到期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Overdue: it was due on %1, %2 ago, and has not been taken yet. Mark it passed once it is done, or agree a new due date.</source>
        <translation>已逾期：应在 %1 前完成（已过去 %2），至今未参加。完成后请标记为通过，或重新约定截止日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due soon: it must be taken by %1 and has not been taken yet.</source>
        <translation>即将到期：须在 %1 前参加，目前还未参加。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Taken on %1 and not passed: plan it again if it matters.</source>
        <translation>已于 %1 参加但未通过：如有必要，请重新安排。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Overdue: %1 was to do this by %2, %3 ago, and it is still open. Tick it when it is done.</source>
        <translation>已逾期：%1 应在 %2 前完成（已过去 %3），目前仍未完成。完成后请勾选。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due soon: %1 is to do this by %2.</source>
        <translation>即将到期：%1 须在 %2 前完成。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken, no result</source>
        <translation>已参加，暂无结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned</source>
        <translation>已安排</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>By hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From a review</source>
        <translation>来自季度考核</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From review %1</source>
        <translation>来自季度考核 %1</translation>
    </message>
</context>
<context>
    <name>grab::AwardService</name>
    <message>
        <location filename="../../core/services/awardservice.cpp" line="+24"/>
        <source>A month is written YYYY-MM.</source>
        <translation>月份请写成 YYYY-MM 格式。</translation>
    </message>
</context>
<context>
    <name>grab::DashboardAlerts</name>
    <message>
        <location filename="../../core/services/dashboardalerts.cpp" line="+24"/>
        <source>The team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: success rate %2 in %3 (%4 closed), down %5 points from %6 in %7 (%8 closed); the alert is at %9 points.</source>
        <translation>%1：%3 成功率 %2（已结单 %4 个），比 %7 的 %6（已结单 %8 个）下降 %5 个百分点；预警线为 %9 个百分点。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 lost and %2 reclaimed of %3 closed</source>
        <translation>已结单 %3 个，其中未成交 %1 个、已回收 %2 个</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The team: failure rate %1 in %2 (%3); the alert is at %4.</source>
        <translation>团队：%2 失败率 %1（%3）；预警线为 %4。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: failure rate %2 in %3 (%4), %5 points above the team&apos;s %6; the alert is at %7 points above the team.</source>
        <translation>%1：%3 失败率 %2（%4），比团队的 %6 高 %5 个百分点；预警线为高出团队 %7 个百分点。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 holds %2 open orders, over the cap of %3: new grabs and dispatches are refused.</source>
        <translation>%1 在手订单 %2 个，超过上限 %3 个：新的抢单和分单都会被拒。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 holds %2 open orders, at the cap of %3: new grabs and dispatches are refused until one closes.</source>
        <translation>%1 在手订单 %2 个，已达上限 %3 个：在有订单结单之前，新的抢单和分单都会被拒。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 has %2 violations in the last %3 days; the rules escalate at %4 within %3 days.</source>
        <translation>%1 近 %3 天有 %2 次违规；规则规定 %3 天内达到 %4 次即告警。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 VIP order is starving in the pool (due for dispatch, or past 80 % of the time to the grab deadline); the longest has waited %2 min.</source>
        <translation>抢单池里有 %1 个 VIP 订单久无人抢（已到分单时间，或已过抢单截止时间的 80%）；最久的已等了 %2 分钟。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 VIP orders are starving in the pool (due for dispatch, or past 80 % of the time to the grab deadline); the longest has waited %2 min.</source>
        <translation>抢单池里有 %1 个 VIP 订单久无人抢（已到分单时间，或已过抢单截止时间的 80%）；最久的已等了 %2 分钟。</translation>
    </message>
</context>
<context>
    <name>grab::DashboardService</name>
    <message>
        <location filename="../../core/services/dashboardservice.cpp" line="+22"/>
        <source>A period needs a start date before its end date.</source>
        <translation>时间段的开始日期必须早于结束日期。</translation>
    </message>
</context>
<context>
    <name>grab::Database</name>
    <message>
        <location filename="../../core/store/database.cpp" line="+74"/>
        <source>No database path was given.</source>
        <translation>没有指定数据库路径。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot open the database %1: the folder %2 does not exist.</source>
        <translation>无法打开数据库 %1：文件夹 %2 不存在。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the database %1: it is a folder.</source>
        <translation>无法打开数据库 %1：这是一个文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no database at %1. Create one with &quot;grabctl init&quot; or &quot;grabctl demo&quot;.</source>
        <translation>%1 处没有数据库。可用“grabctl init”或“grabctl demo”创建。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is an empty file, not a GrabDesk database. Create one with &quot;grabctl init&quot;.</source>
        <translation>%1 是空文件，不是 GrabDesk 数据库。可用“grabctl init”创建。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is read-only: GrabDesk needs to write to it.</source>
        <translation>数据库 %1 是只读的：GrabDesk 需要写入权限。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 is an SQLite file, but not a GrabDesk database; it was left untouched.</source>
        <translation>%1 是 SQLite 文件，但不是 GrabDesk 数据库；文件未做任何改动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was written by a newer GrabDesk (schema %2; this version reads up to %3). Update GrabDesk; the file was left untouched.</source>
        <translation>%1 由更新版本的 GrabDesk 写入（数据库结构第 %2 版；本版本最高支持第 %3 版）。请升级 GrabDesk；文件未做任何改动。</translation>
    </message>
</context>
<context>
    <name>grab::DispatchScorer</name>
    <message>
        <location filename="../../core/domain/dispatchscorer.cpp" line="+45"/>
        <source>the order names no skill</source>
        <translation>订单未指定技能</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skill %1 matches</source>
        <translation>技能匹配：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no %1 skill</source>
        <translation>不具备 %1 技能</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the order names no region</source>
        <translation>订单未指定区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>covers %1</source>
        <translation>负责 %1 区域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>does not cover %1</source>
        <translation>不负责 %1 区域</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 open</source>
        <translation>在手 %1/%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>won %1 of %2 in %3 x &gt;= %4 (smoothed %5)</source>
        <translation>%3、金额 ≥ %4 的订单成交 %1/%2（平滑后 %5）</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>no feedback yet (neutral 3.0)</source>
        <translation>暂无客户反馈（按中性 3.0 计）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction %1 from %2 feedback</source>
        <translation>满意度 %1（%2 条反馈）</translation>
    </message>
</context>
<context>
    <name>grab::DispatchService</name>
    <message>
        <location filename="../../core/services/dispatchservice.cpp" line="+25"/>
        <source>grabber_on_leave</source>
        <translation>休假中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grabber_suspended</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restricted_order</source>
        <translation>订单限定了抢单员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level_restricted</source>
        <translation>级别不够</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>level_reserved</source>
        <translation>留给更高级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deadline_passed</source>
        <translation>抢单已截止</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outside_window</source>
        <translation>不在抢单时段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>daily_cap_reached</source>
        <translation>达到每日上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>workload_cap_reached</source>
        <translation>在手订单已满</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cooldown</source>
        <translation>回收冷却期内</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dispatch_only</source>
        <translation>只能分单</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Order %1 is %2, not open: %3</source>
        <translation>订单 %1 状态为“%2”，不是待抢：%3</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>nobody can be given it.</source>
        <translation>无法分给任何人。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>it cannot be assigned.</source>
        <translation>无法指派。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Grabber %1 is missing from the candidates for order %2.</source>
        <translation>抢单员 %1 不在订单 %2 的候选人中。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>nothing to dispatch.</source>
        <translation>无需分单。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 %2</source>
        <comment>how many grabbers a rule excluded, the rule&apos;s code</comment>
        <translation>%2 %1 人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 cannot be dispatched: the team has no grabbers.</source>
        <translation>订单 %1 无法分单：团队里还没有抢单员。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 cannot be dispatched: no grabber is eligible (%2).</source>
        <translation>订单 %1 无法分单：没有符合条件的抢单员（%2）。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Order %1 was taken meanwhile.</source>
        <translation>订单 %1 刚刚已被别人拿走。</translation>
    </message>
</context>
<context>
    <name>grab::DrillDown</name>
    <message>
        <location filename="../../core/services/drilldown.cpp" line="+279"/>
        <source>A response bucket is a number from 0 to %1.</source>
        <translation>响应时间分组须为 0 到 %1 之间的数字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An hour of the day is a number from 0 to 23.</source>
        <translation>小时须为 0 到 23 之间的数字。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A period needs a start date before its end date.</source>
        <translation>时间段的开始日期必须早于结束日期。</translation>
    </message>
</context>
<context>
    <name>grab::Eligibility</name>
    <message>
        <location filename="../../core/domain/eligibility.cpp" line="+32"/>
        <source>personal cap</source>
        <translation>个人上限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cap</source>
        <translation>%1上限</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has taken %2 of the %3 orders allowed today (%4).</source>
        <translation>%1 今天已拿 %2 单，每日上限 %3 单（%4）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 already holds %2 open orders; the limit is %3.</source>
        <translation>%1 已有 %2 个在手订单，上限为 %3 个。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>VIP outside windows</source>
        <translation>抢单时段外（VIP）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order %1 of %2 today; %3 of %4 open</source>
        <translation>今日第 %1/%2 单；在手 %3/%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Allowed in window &quot;%1&quot;; %2.</source>
        <translation>在抢单时段“%1”内允许；%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eligible; %1.</source>
        <translation>符合条件；%1。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 is on leave and cannot grab orders.</source>
        <translation>%1 正在休假，不能抢单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is suspended and cannot grab orders.</source>
        <translation>%1 已停用，不能抢单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order %1 is restricted to other grabbers.</source>
        <translation>订单 %1 仅限其他抢单员。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is restricted to %2 grabbers or above; %3 is %4.</source>
        <translation>订单 %1 仅限%2及以上抢单员；%3 是%4。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>P%1 orders are reserved for %2 grabbers or above (rule: P%3 and higher); %4 is %5.</source>
        <translation>P%1 订单留给%2及以上抢单员（规则：P%3 及更高优先级）；%4 是%5。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order %1 was reclaimed from %2 for lack of follow-up; %2 may take it again from %3.</source>
        <translation>订单 %1 因未及时跟进已从 %2 处回收；%2 要到 %3 之后才能再拿。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The team dispatches every order (dispatch mode &quot;always&quot;): orders cannot be grabbed.</source>
        <translation>团队所有订单都由系统分单（分单模式“always”）：不能抢单。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The grab deadline of order %1 passed at %2.</source>
        <translation>订单 %1 的抢单截止时间已于 %2 过去。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No grab window is open at %1 (%2).</source>
        <translation>%1（%2）不在任何抢单时段内。</translation>
    </message>
</context>
<context>
    <name>grab::GrabService</name>
    <message>
        <location filename="../../core/services/grabservice.cpp" line="+84"/>
        <source>Order %1 was already taken by grabber %2.</source>
        <translation>订单 %1 已被抢单员 %2 拿走。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 is %2, not open.</source>
        <translation>订单 %1 状态为“%2”，不是待抢。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Order %1 was taken by someone else.</source>
        <translation>订单 %1 已被别人拿走。</translation>
    </message>
</context>
<context>
    <name>grab::Import</name>
    <message>
        <location filename="../../core/services/import/customerimporter.cpp" line="+29"/>
        <source>a customer needs a name</source>
        <translation>客户必须有名称</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a customer of this name already exists</source>
        <translation>已有同名客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../core/services/import/grabberimporter.cpp" line="+32"/>
        <source>the same name is on line %1</source>
        <translation>第 %1 行已有同样的名称</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the tier is vip, key or regular (VIP, 重点, 普通)</source>
        <translation>客户等级须为 vip、key 或 regular（VIP、重点、普通）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a customer needs a region</source>
        <translation>客户必须有区域</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../../core/services/import/feedbackimporter.cpp" line="+70"/>
        <location filename="../../core/services/import/grabberimporter.cpp" line="+49"/>
        <location filename="../../core/services/import/orderimporter.cpp" line="+123"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../core/services/import/feedbackimporter.cpp" line="-45"/>
        <source>an order id is a positive whole number</source>
        <translation>订单号须为正整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this order&apos;s feedback is already on line %1</source>
        <translation>该订单的反馈已在第 %1 行</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>there is no order %1</source>
        <translation>没有订单 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>order %1 is %2: feedback is taken once an order is won or lost</source>
        <translation>订单 %1 状态为“%2”：订单成交或未成交后才能录入反馈</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>order %1 already has feedback</source>
        <translation>订单 %1 已有反馈</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a score is a whole number from 1 to 5</source>
        <translation>评分须为 1 到 5 的整数</translation>
    </message>
    <message>
        <location filename="../../core/services/import/grabberimporter.cpp" line="-52"/>
        <source>a grabber needs a name</source>
        <translation>抢单员必须有姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a grabber of this name is already in the team</source>
        <translation>团队里已有同名抢单员</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the level is junior, senior or lead (初级, 高级, 组长)</source>
        <translation>级别须为 junior、senior 或 lead（初级、高级、组长）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the status is active, on_leave or suspended (在职, 休假, 停用)</source>
        <translation>状态须为 active、on_leave 或 suspended（在职、休假、停用）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a daily cap is a whole number, 0 or more (empty: the level&apos;s cap)</source>
        <translation>每日上限须为 0 或以上的整数（留空：按级别上限）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a hire date is written YYYY-MM-DD</source>
        <translation>入职日期请写成 YYYY-MM-DD 格式</translation>
    </message>
    <message>
        <location filename="../../core/services/import/headermap.cpp" line="+12"/>
        <source>grabbers</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Column %1 of the header, &quot;%2&quot;, is not a field of %3; the columns are %4 (or their Chinese names).</source>
        <translation>表头第 %1 列“%2”不是 %3 的字段；可用的列为 %4（或对应的中文列名）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Columns %1 and %2 of the header are both &quot;%3&quot;.</source>
        <translation>表头第 %1 列和第 %2 列都是“%3”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file has no &quot;%1&quot; column (%2), which %3 need.</source>
        <translation>文件缺少 %3 必需的“%1”列（%2）。</translation>
    </message>
    <message>
        <location filename="../../core/services/import/importservice.cpp" line="+43"/>
        <source>The file is empty: it has no header line.</source>
        <translation>文件为空：没有表头行。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The header on line %1 is malformed: %2.</source>
        <translation>第 %1 行的表头格式有误：%2。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+7"/>
        <source>the row has %1 cells, the header %2</source>
        <translation>该行有 %1 个单元格，表头有 %2 个</translation>
    </message>
    <message>
        <location filename="../../core/services/import/orderimporter.cpp" line="-94"/>
        <source>an order needs a customer (an id or a name)</source>
        <translation>订单必须有客户（编号或名称）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is no customer with id %1</source>
        <translation>没有编号为 %1 的客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no customer named %1</source>
        <translation>没有名为 %1 的客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 customers are named %2: write the customer&apos;s id instead</source>
        <translation>有 %1 个客户都叫 %2：请改填客户编号</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>an amount is yuan with at most 2 decimals, not negative (e.g. 12000.50)</source>
        <translation>金额以元为单位，最多 2 位小数，不能为负（例如 12000.50）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a time is ISO 8601 (2026-11-25T09:00:00+08:00) or YYYY/M/D H:MM</source>
        <translation>时间须为 ISO 8601 格式（2026-11-25T09:00:00+08:00）或 YYYY/M/D H:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an order cannot be published in the future</source>
        <translation>订单的发布时间不能晚于现在</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a time is ISO 8601 (2026-11-25T17:00:00+08:00) or YYYY/M/D H:MM</source>
        <translation>时间须为 ISO 8601 格式（2026-11-25T17:00:00+08:00）或 YYYY/M/D H:MM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the grab deadline has already passed</source>
        <translation>抢单截止时间已过</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the grab deadline is not after the publication</source>
        <translation>抢单截止时间必须晚于发布时间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>only open orders can be imported: assignments and outcomes come from grabs and closes</source>
        <translation>只能导入待抢订单：分配和结果只能来自抢单和结单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same order (customer, amount, skill, time) is on line %1</source>
        <translation>第 %1 行已有相同的订单（客户、金额、技能、时间都相同）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the same order (customer, amount, skill, time) is already order %1</source>
        <translation>相同的订单（客户、金额、技能、时间都相同）已存在，订单号 %1</translation>
    </message>
</context>
<context>
    <name>grab::Level</name>
    <message>
        <location filename="../../core/domain/types.cpp" line="+61"/>
        <source>junior</source>
        <translation>初级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>senior</source>
        <translation>高级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lead</source>
        <translation>组长</translation>
    </message>
</context>
<context>
    <name>grab::MetricsService</name>
    <message>
        <location filename="../../core/services/metricsservice.cpp" line="+118"/>
        <location line="+182"/>
        <source>A period needs a start date before its end date.</source>
        <translation>时间段的开始日期必须早于结束日期。</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>There is no grabber with id %1.</source>
        <translation>没有编号为 %1 的抢单员。</translation>
    </message>
</context>
<context>
    <name>grab::NoteService</name>
    <message>
        <location filename="../../core/services/noteservice.cpp" line="+98"/>
        <source>There is no action item with id %1.</source>
        <translation>没有编号为 %1 的待办事项。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>There is no note with id %1.</source>
        <translation>没有编号为 %1 的记录。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An action item needs some text: what is to be done.</source>
        <translation>待办事项需要写明要做什么。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The due date %1 is not a date between 2000 and 2099.</source>
        <translation>截止日期 %1 不是 2000 到 2099 年之间的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An action item cannot be due (%1) before the meeting it came from (%2).</source>
        <translation>待办事项的截止日期（%1）不能早于会议日期（%2）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An action item of a team meeting needs an owner: a grabber or a name.</source>
        <translation>团队会议的待办事项需要负责人：选一位抢单员或填写姓名。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>A note needs a title or some text.</source>
        <translation>记录需要标题或内容。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note&apos;s title has at most 200 characters.</source>
        <translation>记录标题最多 200 个字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A note needs the date the meeting was held, between 2000 and 2099.</source>
        <translation>记录需要填写会议日期（2000 到 2099 年之间）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A one-to-one note needs its grabber.</source>
        <translation>一对一面谈记录需要选择抢单员。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A note records a meeting that was held: %1 is after today (%2).</source>
        <translation>记录的是已经开过的会议：%1 晚于今天（%2）。</translation>
    </message>
</context>
<context>
    <name>grab::OrderService</name>
    <message>
        <location filename="../../core/services/orderreader.cpp" line="+61"/>
        <source>There is no order with id %1.</source>
        <translation>没有编号为 %1 的订单。</translation>
    </message>
    <message>
        <location filename="../../core/services/orderservice.cpp" line="+23"/>
        <source>Cannot %1 order %2: it is %3.</source>
        <translation>无法%1订单 %2：该订单状态为“%3”。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Order %1 is assigned to grabber %2, not to grabber %3.</source>
        <translation>订单 %1 分配给了抢单员 %2，而不是抢单员 %3。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>An order amount cannot be negative.</source>
        <translation>订单金额不能为负。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A grab deadline must be at least one minute after publication.</source>
        <translation>抢单截止时间必须至少比发布时间晚一分钟。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>An order cannot be published in the future.</source>
        <translation>订单的发布时间不能晚于现在。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>follow up</source>
        <comment>Cannot %1 order</comment>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>close</source>
        <comment>Cannot %1 order</comment>
        <translation>结单</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>A feedback score is a whole number from 1 to 5.</source>
        <translation>反馈评分须为 1 到 5 的整数。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Order %1 is %2: feedback is taken once an order is won or lost.</source>
        <translation>订单 %1 状态为“%2”：订单成交或未成交后才能录入反馈。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order %1 already has feedback.</source>
        <translation>订单 %1 已有反馈。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>release</source>
        <comment>Cannot %1 order</comment>
        <translation>退回抢单池</translation>
    </message>
</context>
<context>
    <name>grab::OrderState</name>
    <message>
        <location filename="../../core/domain/types.cpp" line="+8"/>
        <source>open</source>
        <translation>待抢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>assigned</source>
        <translation>跟进中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lost</source>
        <translation>未成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>grab::Period</name>
    <message>
        <location filename="../../core/domain/periodpreset.cpp" line="+159"/>
        <source>d MMM</source>
        <comment>date format: a day in a period label</comment>
        <translation>M月d日</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Week of %1</source>
        <translation>%1 这周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MMMM yyyy</source>
        <comment>date format: a month</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 – %2 %3</source>
        <comment>first day, last day, year</comment>
        <translation>%3年%1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 %2 – %3 %4</source>
        <comment>first day, its year, last day, its year</comment>
        <translation>%2年%1 – %4年%3</translation>
    </message>
</context>
<context>
    <name>grab::QuotaLedger</name>
    <message>
        <location filename="../../core/services/quotaledger.cpp" line="+72"/>
        <source>There is no grabber %1.</source>
        <translation>没有抢单员 %1。</translation>
    </message>
</context>
<context>
    <name>grab::ReviewScoring</name>
    <message>
        <location filename="../../core/domain/reviewscoring.cpp" line="+26"/>
        <source>success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failure rate</source>
        <translation>失败率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>won</source>
        <translation>成交数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revenue</source>
        <translation>成交额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>median response</source>
        <translation>响应时间中位数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>violations</source>
        <translation>违规次数</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no order closed in the quarter</source>
        <translation>本季度没有结单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no feedback in the quarter</source>
        <translation>本季度没有客户反馈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no order assigned in the quarter</source>
        <translation>本季度没有分到订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most %1</source>
        <translation>不超过 %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>%1 undefined (%2): left out, its weight spread over the others</source>
        <translation>%1无数据（%2）：不计入，其权重分摊给其他指标</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 against %3: achievement %4 % x weight %5 % = %6 points</source>
        <translation>%1 %2，目标 %3：达成率 %4% × 权重 %5% = %6 分</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No KPI score: none of the weighted KPIs is defined for this grabber (%1).</source>
        <translation>无 KPI 得分：该抢单员所有计权指标都无数据（%1）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPI score %1 = %2.</source>
        <translation>KPI 得分 %1 = %2。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPI score %1 = %2; left out as undefined: %3.</source>
        <translation>KPI 得分 %1 = %2；因无数据未计入：%3。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not scored yet: the supervisor&apos;s score (1-5) is missing.</source>
        <translation>尚未评分：还没有主管评分（1-5）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Final %1 = 20 x supervisor score %2 alone (no KPI score: nothing defined to score)</source>
        <translation>最终得分 %1 = 20 × 主管评分 %2（无 KPI 得分：没有可计分的指标）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Final %1 = %2 x KPI score %3 + %4 x 20 x supervisor score %5</source>
        <translation>最终得分 %1 = %2 × KPI 得分 %3 + %4 × 20 × 主管评分 %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1; grade D (below %2).</source>
        <translation>%1；等级 D（低于 %2）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; grade %2 (at or above %3).</source>
        <translation>%1；等级 %2（不低于 %3）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 %2 (target %3)</source>
        <translation>%1 %2（目标 %3）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KPI score = 100 x sum(weight x achievement) / sum(weight) over the grabber&apos;s defined KPIs; achievement = min(value / target, %1), or min(target / value, %1) where lower is better (failure rate, median response, violations; 0 scores %1). Weights: %2. Final = %3 x KPI score + %4 x 20 x supervisor score (1-5). Grades: A &gt;= %5, B &gt;= %6, C &gt;= %7, D below.</source>
        <translation>KPI 得分 = 100 × Σ(权重 × 达成率) / Σ权重，只计该抢单员有数据的指标；达成率 = min(实际值 / 目标, %1)，越低越好的指标（失败率、响应时间中位数、违规次数）为 min(目标 / 实际值, %1)，为 0 时计 %1。权重：%2。最终得分 = %3 × KPI 得分 + %4 × 20 × 主管评分（1-5）。等级：A ≥ %5，B ≥ %6，C ≥ %7，低于为 D。</translation>
    </message>
</context>
<context>
    <name>grab::ReviewService</name>
    <message>
        <location filename="../../core/services/reviewdecisions.cpp" line="+28"/>
        <source>bonus</source>
        <translation>奖金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>honour</source>
        <translation>荣誉</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>promotion</source>
        <translation>晋升建议</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>training</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bonus_deduction</source>
        <translation>扣奖金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reassignment</source>
        <translation>调岗</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>A %1 needs a reason (the grabber&apos;s violations of the quarter are shown beside it).</source>
        <translation>%1需要填写理由（旁边列出了该抢单员本季度的违规）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A %1 needs an amount in yuan above 0.</source>
        <translation>%1需要填写大于 0 的金额（元）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a bonus or a bonus deduction has an amount.</source>
        <translation>只有奖金和扣奖金才有金额。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An honour needs its text (the honour or title).</source>
        <translation>荣誉需要填写内容（荣誉或称号）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A training needs its course (the text).</source>
        <translation>培训需要填写课程名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A training needs a category: %1.</source>
        <translation>培训需要选择类别：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A training needs a due date.</source>
        <translation>培训需要截止日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a training has a category and a due date.</source>
        <translation>只有培训才有类别和截止日期。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A supervisor&apos;s score is a whole number from 1 to 5, not %1.</source>
        <translation>主管评分须为 1 到 5 的整数，不能是 %1。</translation>
    </message>
    <message>
        <location line="+155"/>
        <source>The review %1 has no decision %2.</source>
        <translation>季度考核 %1 中没有决定 %2。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The training of decision %1 has already been taken; it stays, and so does the decision.</source>
        <translation>决定 %1 安排的培训已经参加过了；培训和该决定都会保留。</translation>
    </message>
    <message>
        <location filename="../../core/services/reviewguard.cpp" line="+41"/>
        <source>The review cycle %1 is locked: nothing in it can change.</source>
        <translation>季度考核 %1 已锁定：不能再做任何修改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The review cycle %1 is a draft: open it first (its KPI snapshots are taken then).</source>
        <translation>季度考核 %1 还是草稿：请先开启（开启时会冻结 KPI 数据）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review cycle %1 is approved: withdraw the approval to change scores or decisions.</source>
        <translation>季度考核 %1 已审批：要修改评分或决定，请先撤回审批。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The review cycle %1 is %2: %3.</source>
        <translation>季度考核 %1 当前为 %2：%3。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location filename="../../core/services/reviewservice.cpp" line="+80"/>
        <source>Grabber %1 is not part of the review %2 (only the grabbers active when it opened are).</source>
        <translation>抢单员 %1 不在季度考核 %2 中（只包括开启时在职的抢单员）。</translation>
    </message>
    <message>
        <location filename="../../core/services/reviewreader.cpp" line="+55"/>
        <source>&quot;%1&quot; is not a quarter: write it like 2026-Q3.</source>
        <translation>“%1”不是季度：请写成 2026-Q3 这样的格式。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no review cycle for %1. Create one with &quot;grabctl review create --quarter %1&quot;.</source>
        <translation>%1 还没有季度考核。可用“grabctl review create --quarter %1”创建。</translation>
    </message>
    <message>
        <location filename="../../core/services/reviewservice.cpp" line="+47"/>
        <source>There is already a review cycle for %1 (%2).</source>
        <translation>%1 已有季度考核（%2）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>its settings can change only while it is a draft</source>
        <translation>只有草稿状态才能修改设置</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>only a draft cycle can be opened</source>
        <translation>只有草稿才能开启</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Opening the review cycle %1 was cancelled; nothing changed.</source>
        <translation>已取消开启季度考核 %1，没有任何改动。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>only an open cycle moves to scoring</source>
        <translation>只有已开启的考核才能进入评分</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>An approval needs the approver&apos;s name.</source>
        <translation>审批需要填写审批人姓名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>nobody is scored yet, and only a cycle in scoring can be approved</source>
        <translation>还没有人评分，只有评分中的考核才能审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only a cycle in scoring can be approved</source>
        <translation>只有评分中的考核才能审批</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>and %1 more</source>
        <translation>等另外 %1 人</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review cycle %1 cannot be approved: %2 of %3 grabbers are not scored yet: %4.</source>
        <translation>季度考核 %1 还不能审批：%3 位抢单员中有 %2 位尚未评分：%4。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>only an approved cycle can have its approval withdrawn</source>
        <translation>只有已审批的考核才能撤回审批</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>only an approved cycle can be locked</source>
        <translation>只有已审批的考核才能锁定</translation>
    </message>
</context>
<context>
    <name>grab::ReviewState</name>
    <message>
        <location filename="../../core/services/reviewguard.cpp" line="-104"/>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>已开启</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scoring</source>
        <translation>评分中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked</source>
        <translation>已锁定</translation>
    </message>
</context>
<context>
    <name>grab::RuleService</name>
    <message>
        <location filename="../../core/services/ruleservice.cpp" line="+43"/>
        <source>The database has no rule set. Run &quot;grabctl init&quot; to create the default rules.</source>
        <translation>数据库中没有规则。请运行“grabctl init”创建默认规则。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Rule set version %1 in the database is damaged: %2</source>
        <translation>数据库中第 %1 版规则已损坏：%2</translation>
    </message>
</context>
<context>
    <name>grab::TargetService</name>
    <message>
        <location filename="../../core/services/targetservice.cpp" line="+25"/>
        <source>A target needs a month and a won count and revenue of 0 or more.</source>
        <translation>目标需要月份，以及不小于 0 的成交单数和成交额。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>A month is written YYYY-MM.</source>
        <translation>月份请写成 YYYY-MM 格式。</translation>
    </message>
</context>
<context>
    <name>grab::TeamService</name>
    <message>
        <location filename="../../core/services/teamservice.cpp" line="+31"/>
        <source>There is no grabber with id %1.</source>
        <translation>没有编号为 %1 的抢单员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A grabber needs a name.</source>
        <translation>抢单员必须有姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A daily cap cannot be negative.</source>
        <translation>每日上限不能为负。</translation>
    </message>
    <message>
        <location line="+279"/>
        <source>A customer needs a name.</source>
        <translation>客户必须有名称。</translation>
    </message>
</context>
<context>
    <name>grab::TrainingService</name>
    <message>
        <location filename="../../core/services/trainingservice.cpp" line="+70"/>
        <source>A training needs a course name.</source>
        <translation>培训需要填写课程名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A course name has at most 200 characters.</source>
        <translation>课程名称最多 200 个字。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A training&apos;s category is sales_skills, product_knowledge or customer_service.</source>
        <translation>培训类别须为 sales_skills、product_knowledge 或 customer_service。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The due date %1 is not a date between 2000 and 2099.</source>
        <translation>截止日期 %1 不是 2000 到 2099 年之间的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The date taken %1 is not a date between 2000 and 2099.</source>
        <translation>参加日期 %1 不是 2000 到 2099 年之间的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A training cannot have been taken after today (%1): %2 is still to come; give it as the due date.</source>
        <translation>培训的参加日期不能晚于今天（%1）：%2 还没到，请把它填为截止日期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training hours are a number from 0 to %1.</source>
        <translation>培训学时须为 0 到 %1 之间的数字。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>There is no training with id %1.</source>
        <translation>没有编号为 %1 的培训。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>There is no review entry %1 for grabber %2.</source>
        <translation>抢单员 %2 没有考核记录 %1。</translation>
    </message>
</context>
<context>
    <name>grab::ViolationService</name>
    <message>
        <location filename="../../core/services/violationservice.cpp" line="+146"/>
        <source>A violation needs a type.</source>
        <translation>违规需要类型。</translation>
    </message>
</context>
<context>
    <name>grab::ui::FeedbackDialog</name>
    <message>
        <location filename="../../ui/team/feedbackdialog.cpp" line="+21"/>
        <source>Record feedback for %1</source>
        <translation>为 %1 录入客户反馈</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>#%1 · %2 · %3 · %4 · closed %5</source>
        <translation>#%1 · %2 · %3 · %4 · %5 结单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the customer&apos;s score</source>
        <translation>选择客户评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the customer said (optional)</source>
        <translation>客户的原话（选填）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The closed orders of %1 that have no feedback yet, newest first. A score is given once per order and counts in the satisfaction KPI.</source>
        <translation>%1 已结单但还没有反馈的订单，最新的在前。每个订单只评分一次，计入满意度 KPI。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record feedback</source>
        <translation>录入反馈</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+40"/>
        <source>Choose an order and a score first.</source>
        <translation>请先选择订单和评分。</translation>
    </message>
</context>
<context>
    <name>grab::ui::FeedbackModel</name>
    <message>
        <location filename="../../ui/team/feedbackmodel.cpp" line="+70"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of 5</source>
        <translation>%1 分（满分 5）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Score</source>
        <translation>评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>评语</translation>
    </message>
</context>
<context>
    <name>grab::ui::ImportDialog</name>
    <message>
        <location filename="../../ui/reports/importdialog.cpp" line="+39"/>
        <source>Grabbers</source>
        <translation>抢单员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders (published to the pool)</source>
        <translation>订单（发布到抢单池）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8（带 BOM）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+70"/>
        <source>Import from CSV</source>
        <translation>从 CSV 导入</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>A CSV file: UTF-8, UTF-16 or GB18030; comma, semicolon or tab</source>
        <translation>CSV 文件：UTF-8、UTF-16 或 GB18030 编码；以逗号、分号或制表符分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import:</source>
        <translation>导入：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing is written until you confirm: the file is checked first.</source>
        <translation>确认之前不会写入任何数据：先检查文件。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every row in one transaction; with any bad row nothing is imported.</source>
        <translation>所有行一次写入；只要有一行有问题，就全部不导入。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import valid rows only</source>
        <translation>只导入有效行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bad rows listed above are left out.</source>
        <translation>上面列出的问题行不导入。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt *.tsv);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Cannot read %1: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not open the database: %1</source>
        <translation>无法打开数据库：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This file cannot be imported as it is.</source>
        <translation>此文件按现状无法导入。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消，没有导入任何数据。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 rows: %2 valid, %3 with problems · %4 · delimiter %5</source>
        <translation>共 %1 行：有效 %2 行，有问题 %3 行 · %4 · 分隔符 %5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every row is valid. Nothing is written until you press Import.</source>
        <translation>所有行都有效。点“导入”之前不会写入任何数据。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 row cannot be imported; the reason is listed above.</source>
        <translation>有 1 行无法导入，原因见上表。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows cannot be imported; the reasons are listed above.</source>
        <translation>有 %1 行无法导入，原因见上表。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported %1 of %2 rows from %3; %4 bad rows left out.</source>
        <translation>已从 %3 导入 %1 行（共 %2 行）；%4 个问题行未导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported %1 of %2 rows from %3.</source>
        <translation>已从 %3 导入 %1 行（共 %2 行）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was imported: %1 rows are invalid.</source>
        <translation>没有导入任何数据：有 %1 行无效。</translation>
    </message>
</context>
<context>
    <name>grab::ui::ImportIssueModel</name>
    <message>
        <location filename="../../ui/reports/importissuemodel.cpp" line="+35"/>
        <source>(whole row)</source>
        <translation>（整行）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Line</source>
        <translation>行号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>grab::ui::NoteDialog</name>
    <message>
        <location filename="../../ui/team/notedialog.cpp" line="+42"/>
        <source>New note</source>
        <translation>新建记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One-to-one with %1</source>
        <translation>与 %1 的一对一面谈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly team meeting</source>
        <translation>团队周例会</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Follow-up discipline on key accounts</source>
        <translation>例如：重点客户的跟进纪律</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was said, agreed, or is to be watched.</source>
        <translation>谈了什么、达成了什么、需要关注什么。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action item</source>
        <translation>待办事项</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>What is to be done</source>
        <translation>要做什么</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A grabber, or type a name (e.g. your own) for someone outside the team.</source>
        <translation>选择抢单员；团队以外的人（比如你自己）直接输入姓名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due</source>
        <translation>截止</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add item</source>
        <translation>添加事项</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on</source>
        <translation>会议日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action items — each has an owner; open ones show on the owner&apos;s page until ticked done.</source>
        <translation>待办事项——每项都有负责人；未完成的事项会一直显示在负责人的页面上，直到勾选完成。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save note</source>
        <translation>保存记录</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the note a title or some text first.</source>
        <translation>请先填写记录的标题或内容。</translation>
    </message>
</context>
<context>
    <name>grab::ui::NoteModel</name>
    <message>
        <location filename="../../ui/team/notemodel.cpp" line="+137"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No action items</source>
        <translation>无待办事项</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1, %2, written by %3</source>
        <translation>%1，%2，记录人 %3</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Done %1</source>
        <translation>%1 完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Done. Untick it to reopen.</source>
        <translation>已完成。取消勾选可重新打开。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open. Tick it when it is done.</source>
        <translation>未完成。完成后请勾选。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s item. %2</source>
        <translation>%1 的事项。%2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Note / action item</source>
        <translation>记录 / 待办事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With / owner</source>
        <translation>对象 / 负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>grab::ui::ReportListModel</name>
    <message>
        <location filename="../../ui/reports/reportlistmodel.cpp" line="+21"/>
        <source>Open pool</source>
        <translation>抢单池</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grabber KPIs</source>
        <translation>抢单员 KPI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leaderboard</source>
        <translation>排行榜</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Violations</source>
        <translation>违规</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review cycle</source>
        <translation>季度考核</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event log</source>
        <translation>事件日志</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every order waiting in the pool now, by priority and age, with its deadline.</source>
        <translation>抢单池中当前所有待抢订单，按优先级和等待时长排列，附截止时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders published in the period with every field: customer, amount, state, outcome, assignee.</source>
        <translation>期间内发布的订单及全部字段：客户、金额、状态、结果、负责人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every KPI per grabber for the period; undefined rates are left empty.</source>
        <translation>期间内每位抢单员的全部 KPI；无法计算的比率留空。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period&apos;s ranking by revenue, as the dashboard shows it.</source>
        <translation>期间内按成交额的排名，与数据看板一致。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each violation in the period with the grabber, type, severity and note.</source>
        <translation>期间内的每条违规，含抢单员、类型、严重程度和备注。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trainings taken or due in the period, with hours and result.</source>
        <translation>期间内参加或到期的培训，含学时和结果。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers&apos; scores and comments with the order, customer and grabber.</source>
        <translation>客户评分和评语，含订单、客户和抢单员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One quarterly review: frozen KPIs, scores, grade and decisions per grabber.</source>
        <translation>一次季度考核：每位抢单员冻结的 KPI、得分、等级和决定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The raw event log with each event&apos;s details as JSON, for audits.</source>
        <translation>原始事件日志，每条事件的详情为 JSON，供审计使用。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Report</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it holds</source>
        <translation>内容</translation>
    </message>
</context>
<context>
    <name>grab::ui::ReportsPage</name>
    <message>
        <location filename="../../ui/reports/reportspage.cpp" line="+43"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CSV files that open right in Excel. Each states its period, filters and rule version, and its SHA-256 lets anyone check it was not changed.</source>
        <translation>可直接用 Excel 打开的 CSV 文件。每个文件都写明时间段、筛选条件和规则版本，并附 SHA-256，任何人都能核对文件是否被改过。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Whole history (no period)</source>
        <translation>全部历史（不限时间段）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Chinese (中文)</source>
        <translation>中文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English keys (for scripts)</source>
        <translation>英文字段名（供脚本使用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>UTF-8 byte order mark (Excel needs it to read Chinese)</source>
        <translation>UTF-8 BOM 标记（Excel 需要它才能正确显示中文）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Side-car file (FILE.csv.json)</source>
        <translation>附带说明文件（FILE.csv.json）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment lines before the header (Excel shows them as rows)</source>
        <translation>表头前的注释行（Excel 中显示为普通行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>不附带</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Period:</source>
        <translation>时间段：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarter:</source>
        <translation>季度：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column names:</source>
        <translation>列名：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provenance:</source>
        <translation>来源说明：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Grabbers, customers, orders or feedback from a CSV file: checked first, then all or nothing.</source>
        <translation>从 CSV 文件导入抢单员、客户、订单或客户反馈：先检查，再全部导入或全部不导入。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the file&apos;s path and SHA-256</source>
        <translation>复制文件路径和 SHA-256</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing %1 of %2 rows…</source>
        <translation>正在写入第 %1/%2 行…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>(no review cycles yet)</source>
        <translation>（还没有季度考核）</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Export %1</source>
        <translation>导出%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The export could not open the database: %1</source>
        <translation>导出时无法打开数据库：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export did not run.</source>
        <translation>导出没有执行。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export cancelled; no file was written.</source>
        <translation>已取消导出，没有写入文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export failed: %1</source>
        <translation>导出失败：%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 rows to %2, SHA-256 %3</source>
        <translation>已将 %1 行写入 %2，SHA-256 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wrote %1 rows to %2, SHA-256 %3 (provenance in %4)</source>
        <translation>已将 %1 行写入 %2，SHA-256 %3（来源说明见 %4）</translation>
    </message>
</context>
<context>
    <name>grab::ui::RosterModel</name>
    <message>
        <location filename="../../ui/team/rostermodel.cpp" line="+86"/>
        <source>%1 overdue</source>
        <translation>%1 项逾期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 due soon</source>
        <translation>%1 项即将到期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 planned</source>
        <translation>%1 项已安排</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Team: %1</source>
        <translation>小组：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skills: %1</source>
        <translation>技能：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regions: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No open action items.</source>
        <translation>没有未完成的待办事项。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n open action item(s): %1 overdue (due before %2), %3 due within %4 days.</source>
        <translation>
            <numerusform>%n 项未完成的待办事项：%1 项逾期（截止日期早于 %2），%3 项在 %4 天内到期。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No trainings yet.</source>
        <translation>还没有培训。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n training(s), all taken.</source>
        <translation>
            <numerusform>%n 项培训，都已参加。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n training(s) not taken yet: %1 overdue (due before %2 and not taken), %3 due within %4 days.</source>
        <translation>
            <numerusform>%n 项培训尚未参加：%1 项逾期（截止日期早于 %2 且未参加），%3 项在 %4 天内到期。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
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
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions</source>
        <translation>待办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open action items from notes; red when one is overdue, amber when one is due within %1 days.</source>
        <translation>记录中未完成的待办事项；有逾期显示红色，%1 天内到期显示黄色。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings not taken yet; red when one is overdue, amber when one is due within %1 days.</source>
        <translation>尚未参加的培训；有逾期显示红色，%1 天内到期显示黄色。</translation>
    </message>
</context>
<context>
    <name>grab::ui::TeamPage</name>
    <message>
        <location filename="../../ui/team/teampage.cpp" line="+120"/>
        <source>reading the team</source>
        <translation>读取团队</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 · %2 open action items, %3 overdue · %4 overdue trainings</source>
        <translation>%1 · 未完成待办 %2 项，逾期 %3 项 · 逾期培训 %4 项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 grabber</source>
        <translation>1 位抢单员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 grabbers</source>
        <translation>%1 位抢单员</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Overdue: due before today (%1, in the team&apos;s time zone) and not done. Read in %2 ms.</source>
        <translation>逾期：截止日期早于今天（%1，按团队时区）且未完成。读取用时 %2 毫秒。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No grabbers yet. Add the team with &quot;grabctl grabber add --name …&quot;; their trainings, notes and feedback will show here.</source>
        <translation>还没有抢单员。用“grabctl grabber add --name …”添加团队成员后，他们的培训、记录和客户反馈会显示在这里。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a grabber on the left to see their trainings, notes and action items, and customer feedback.</source>
        <translation>在左侧选择一位抢单员，查看其培训、记录、待办事项和客户反馈。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reading the grabber</source>
        <translation>读取抢单员</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>skills: %1</source>
        <translation>技能：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>regions: %1</source>
        <translation>区域：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hired %1</source>
        <translation>%1 入职</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>MMMM yyyy</source>
        <comment>date format of a target&apos;s month</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;%1 target&lt;/b&gt;: %2 of %3 orders won · %4 of %5 revenue</source>
        <translation>&lt;b&gt;%1目标&lt;/b&gt;：成交 %2/%3 单 · 成交额 %4/%5</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 orders won, %3 revenue so far · no target set (grabctl target set)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：目前成交 %2 单，成交额 %3 · 未设目标（grabctl target set）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No trainings for %1 yet.

Use Add training… to plan one with a due date, or to record one already taken with its result. Trainings decided in a quarterly review appear here too.</source>
        <translation>%1 还没有培训。

点“添加培训…”可安排带截止日期的培训，或补录已参加的培训及结果。季度考核中决定的培训也会显示在这里。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No notes with %1 yet.

After a one-to-one or a weekly meeting, use New note… to write down what was said and the action items, each with an owner and a due date.</source>
        <translation>还没有与 %1 相关的记录。

一对一面谈或周例会后，点“新建记录…”写下谈话内容和待办事项，每项都有负责人和截止日期。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · mean %2 of 5</source>
        <translation>%1 · 平均 %2 分（满分 5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 score</source>
        <translation>1 条评分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 scores</source>
        <translation>%1 条评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the newest %1 below</source>
        <translation>下面是最新 %1 条</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No scores yet</source>
        <translation>还没有评分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every closed order has its score</source>
        <translation>已结订单都有评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 closed order without a score</source>
        <translation>1 个已结订单还没有评分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 closed orders without a score</source>
        <translation>%1 个已结订单还没有评分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a customer&apos;s score for a closed order of %1 that has none yet.</source>
        <translation>为 %1 还没有评分的已结订单录入客户评分。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every closed order of %1 has its feedback; there is nothing to record.</source>
        <translation>%1 的已结订单都有反馈了，没有需要录入的。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer feedback for %1 yet.

When a customer scores a closed order, use Record feedback… (or grabctl feedback --order ID --score 1-5).</source>
        <translation>%1 还没有客户反馈。

客户为已结订单打分后，点“录入反馈…”记录（或用 grabctl feedback --order ID --score 1-5）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Trainings · %1 overdue</source>
        <translation>培训 · %1 项逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings (%1)</source>
        <translation>培训（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Notes &amp;&amp; actions · %1 overdue</source>
        <translation>记录与待办 · %1 项逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes &amp;&amp; actions (%1 open)</source>
        <translation>记录与待办（%1 项未完成）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback (%1)</source>
        <translation>客户反馈（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trainings past their due date and not taken.</source>
        <translation>已过截止日期但未参加的培训。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action items owned by %1 past their due date and still open.</source>
        <translation>%1 负责的、已过截止日期仍未完成的待办事项。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+115"/>
        <source>Select a training first.</source>
        <translation>请先选择一项培训。</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Taken (today, unless a date is already recorded) and passed.</source>
        <translation>已参加（没有记录日期的按今天算）并通过。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken (today, unless a date is already recorded) and not passed.</source>
        <translation>已参加（没有记录日期的按今天算）但未通过。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the whole team</source>
        <translation>全体成员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written by %1</source>
        <translation>记录人 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p style=&apos;color:#6b6b6b&apos;&gt;No text.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;color:#6b6b6b&apos;&gt;没有内容。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Failed while %1: %2</source>
        <translation>%1时出错：%2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Training &quot;%1&quot; added for %2.</source>
        <translation>已为 %2 添加培训“%1”。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Note saved.</source>
        <translation>记录已保存。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note saved with %1.</source>
        <translation>记录已保存，含 %1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 action item</source>
        <translation>1 项待办事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 action items</source>
        <translation>%1 项待办事项</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>reading the closed orders</source>
        <translation>读取已结订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every closed order of %1 has its feedback.</source>
        <translation>%1 的已结订单都有反馈了。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Feedback recorded for order #%1: %2 of 5.</source>
        <translation>已录入订单 #%1 的反馈：%2 分（满分 5）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&quot;%1&quot; marked passed (taken %2).</source>
        <translation>“%1”已标记为通过（%2 参加）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; marked not passed (taken %2).</source>
        <translation>“%1”已标记为未通过（%2 参加）。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Done: &quot;%1&quot;.</source>
        <translation>已完成：“%1”。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopened: &quot;%1&quot;.</source>
        <translation>已重新打开：“%1”。</translation>
    </message>
    <message>
        <location filename="../../ui/team/teampagelayout.cpp" line="+71"/>
        <source>Team</source>
        <translation>团队</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Find a grabber</source>
        <translation>查找抢单员</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Trainings</source>
        <translation>培训</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes &amp;&amp; actions</source>
        <translation>记录与待办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Feedback</source>
        <translation>客户反馈</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Add training…</source>
        <translation>添加培训…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark passed</source>
        <translation>标记为通过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark not passed</source>
        <translation>标记为未通过</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New note…</source>
        <translation>新建记录…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show every weekly meeting</source>
        <translation>显示所有周例会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Without it: this grabber&apos;s one-to-ones and the weekly meetings where they own an action item.</source>
        <translation>不勾选时：只显示该抢单员的一对一面谈，以及其负责待办事项的周例会。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick an action item when it is done.</source>
        <translation>待办事项完成后请勾选。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Record feedback…</source>
        <translation>录入反馈…</translation>
    </message>
</context>
<context>
    <name>grab::ui::TrainingDialog</name>
    <message>
        <location filename="../../ui/team/trainingdialog.cpp" line="+46"/>
        <source>Add a training for %1</source>
        <translation>为 %1 添加培训</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Handling price objections</source>
        <translation>例如：应对价格异议</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken on</source>
        <translation>参加日期</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No result yet</source>
        <translation>暂无结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> h</source>
        <translation> 小时</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Plan a training with a due date, or record one already taken with its result. A training not taken by its due date is flagged as overdue.</source>
        <translation>安排带截止日期的培训，或补录已参加的培训及结果。截止日期前未参加的培训会标记为逾期。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add training</source>
        <translation>添加培训</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+64"/>
        <source>Give the course a name first.</source>
        <translation>请先填写课程名称。</translation>
    </message>
</context>
<context>
    <name>grab::ui::TrainingModel</name>
    <message>
        <location filename="../../ui/team/trainingmodel.cpp" line="+88"/>
        <source>Decided in the quarterly review %1.</source>
        <translation>在季度考核 %1 中决定。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Course</source>
        <translation>课程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due by</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken on</source>
        <translation>参加日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours</source>
        <translation>学时</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
</context>
</TS>
