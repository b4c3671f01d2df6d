#include "reportcolumns.h"

#include "kpirow.h"

#include <QHash>

namespace grab {

QStringList ReportColumns::keys(Report report)
{
    switch (report) {
    case Report::Pool:
        return {u"order_id"_qs, u"customer"_qs, u"customer_tier"_qs, u"amount"_qs, u"skill"_qs, u"region"_qs, u"priority"_qs,
                u"published_at"_qs, u"grab_deadline"_qs, u"min_level"_qs, u"rule_version"_qs};
    case Report::Orders:
        return {u"order_id"_qs,      u"customer_id"_qs, u"customer"_qs,    u"customer_tier"_qs, u"amount"_qs,
                u"currency"_qs,      u"skill"_qs,       u"region"_qs,      u"priority"_qs,      u"priority_score"_qs,
                u"rule_version"_qs,  u"state"_qs,       u"outcome"_qs,     u"assignee_id"_qs,   u"assignee"_qs,
                u"published_at"_qs,  u"grab_deadline"_qs, u"assigned_at"_qs, u"closed_at"_qs,   u"min_level"_qs};
    case Report::Kpis:
        return kpirow::keys(); // the KPI table's one row definition
    case Report::Leaderboard:
        return {u"rank"_qs,  u"grabber_id"_qs,   u"grabber_name"_qs, u"revenue"_qs,      u"won"_qs,            u"closed"_qs,
                u"success_rate"_qs, u"failure_rate"_qs, u"volume"_qs, u"satisfaction"_qs, u"feedback_count"_qs, u"violations"_qs};
    case Report::Violations:
        return {u"violation_id"_qs, u"at"_qs, u"grabber_id"_qs, u"grabber"_qs, u"order_id"_qs,
                u"type"_qs,         u"severity"_qs, u"source"_qs, u"note"_qs};
    case Report::Trainings:
        return {u"training_id"_qs, u"grabber_id"_qs, u"grabber"_qs, u"course"_qs,  u"category"_qs,
                u"taken_on"_qs,    u"due_on"_qs,     u"hours"_qs,   u"passed"_qs,  u"review_entry_id"_qs};
    case Report::Feedback:
        return {u"feedback_id"_qs, u"at"_qs,      u"order_id"_qs, u"customer"_qs, u"amount"_qs,
                u"grabber_id"_qs,  u"grabber"_qs, u"score"_qs,    u"comment"_qs};
    case Report::Events:
        return {u"event_id"_qs, u"at"_qs, u"type"_qs, u"actor"_qs, u"order_id"_qs, u"grabber_id"_qs, u"rule_version"_qs, u"reason"_qs, u"payload"_qs};
    case Report::Review: // one row per grabber of a review cycle (ReviewExport writes it)
        return {u"quarter"_qs,         u"grabber_id"_qs,       u"grabber_name"_qs,      u"level"_qs,          u"team"_qs,
                u"volume"_qs,          u"won"_qs,              u"lost"_qs,              u"reclaimed"_qs,      u"closed"_qs,
                u"success_rate"_qs,    u"failure_rate"_qs,     u"hit_rate"_qs,          u"median_response_s"_qs, u"revenue"_qs,
                u"satisfaction"_qs,    u"feedback_count"_qs,   u"violations"_qs,        u"kpi_score"_qs,      u"supervisor_score"_qs,
                u"supervisor_comment"_qs, u"final_score"_qs,   u"grade"_qs,             u"bonus"_qs,          u"honour"_qs,
                u"promotion"_qs,       u"training"_qs,         u"bonus_deduction"_qs,   u"penalty"_qs,        u"violation_ids"_qs,
                u"kpi_score_why"_qs,   u"final_score_why"_qs};
    }
    return {};
}

QString ReportColumns::chinese(const QString &key)
{
    static const QHash<QString, QString> names{
        {u"order_id"_qs, u"订单号"_qs},        {u"customer_id"_qs, u"客户编号"_qs},     {u"customer"_qs, u"客户"_qs},
        {u"customer_tier"_qs, u"客户等级"_qs}, {u"amount"_qs, u"金额(元)"_qs},         {u"currency"_qs, u"币种"_qs},
        {u"skill"_qs, u"产品线"_qs},           {u"region"_qs, u"区域"_qs},              {u"priority"_qs, u"优先级"_qs},
        {u"priority_score"_qs, u"优先级分数"_qs}, {u"rule_version"_qs, u"规则版本"_qs}, {u"state"_qs, u"状态"_qs},
        {u"outcome"_qs, u"结果"_qs},           {u"assignee_id"_qs, u"抢单员编号"_qs},   {u"assignee"_qs, u"抢单员"_qs},
        {u"published_at"_qs, u"发布时间"_qs},  {u"grab_deadline"_qs, u"抢单截止"_qs},   {u"assigned_at"_qs, u"分配时间"_qs},
        {u"closed_at"_qs, u"关闭时间"_qs},     {u"min_level"_qs, u"最低级别"_qs},       {u"grabber_id"_qs, u"抢单员编号"_qs},
        {u"grabber_name"_qs, u"抢单员"_qs},    {u"grabber"_qs, u"抢单员"_qs},           {u"volume"_qs, u"接单量"_qs},
        {u"won"_qs, u"成交"_qs},               {u"lost"_qs, u"丢单"_qs},                {u"reclaimed"_qs, u"被收回"_qs},
        {u"closed"_qs, u"已结单"_qs},          {u"success_rate"_qs, u"成功率"_qs},      {u"failure_rate"_qs, u"失败率"_qs},
        {u"hit_rate"_qs, u"抢中率"_qs},        {u"median_response_s"_qs, u"响应时间中位数(秒)"_qs},
        {u"revenue"_qs, u"成交金额(元)"_qs},   {u"satisfaction"_qs, u"满意度"_qs},      {u"feedback_count"_qs, u"评价数"_qs},
        {u"violations"_qs, u"违规次数"_qs},    {u"rank"_qs, u"名次"_qs},                {u"violation_id"_qs, u"违规编号"_qs},
        {u"at"_qs, u"时间"_qs},                {u"type"_qs, u"类型"_qs},                {u"severity"_qs, u"严重程度"_qs},
        {u"source"_qs, u"来源"_qs},            {u"note"_qs, u"备注"_qs},                {u"training_id"_qs, u"培训编号"_qs},
        {u"course"_qs, u"课程"_qs},            {u"category"_qs, u"类别"_qs},            {u"taken_on"_qs, u"培训日期"_qs},
        {u"due_on"_qs, u"截止日期"_qs},        {u"hours"_qs, u"学时"_qs},               {u"passed"_qs, u"是否通过"_qs},
        {u"review_entry_id"_qs, u"考核条目"_qs}, {u"feedback_id"_qs, u"评价编号"_qs},   {u"score"_qs, u"评分"_qs},
        {u"comment"_qs, u"评语"_qs},           {u"event_id"_qs, u"事件编号"_qs},        {u"actor"_qs, u"操作人"_qs},
        {u"reason"_qs, u"原因"_qs},            {u"payload"_qs, u"详情(JSON)"_qs},
        // The review cycle's own columns (Report::Review).
        {u"quarter"_qs, u"季度"_qs},           {u"level"_qs, u"级别"_qs},               {u"team"_qs, u"小组"_qs},
        {u"kpi_score"_qs, u"KPI得分"_qs},      {u"supervisor_score"_qs, u"主管评分(1-5)"_qs}, {u"supervisor_comment"_qs, u"主管评语"_qs},
        {u"final_score"_qs, u"总分"_qs},       {u"grade"_qs, u"等级"_qs},               {u"bonus"_qs, u"奖金(元)"_qs},
        {u"honour"_qs, u"荣誉"_qs},            {u"promotion"_qs, u"晋升"_qs},           {u"training"_qs, u"培训"_qs},
        {u"bonus_deduction"_qs, u"扣减奖金(元)"_qs}, {u"penalty"_qs, u"惩罚"_qs},        {u"violation_ids"_qs, u"违规编号"_qs},
        {u"kpi_score_why"_qs, u"KPI得分说明"_qs}, {u"final_score_why"_qs, u"总分说明"_qs}};
    return names.value(key, key);
}

QStringList ReportColumns::header(Report report, HeaderLanguage language)
{
    QStringList out = keys(report);
    if (language == HeaderLanguage::Chinese) {
        for (QString &k : out) {
            k = chinese(k);
        }
    }
    return out;
}

} // namespace grab
