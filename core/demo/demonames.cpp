#include "demonames.h"

namespace grab::demo {
namespace {

QString pickFrom(const QStringList &list, QRandomGenerator &rng)
{
    return list[rng.bounded(int(list.size()))];
}

} // namespace

const QStringList &skills()
{
    static const QStringList list{QStringLiteral("企业软件"), QStringLiteral("云服务"), QStringLiteral("办公设备"),
                                  QStringLiteral("物流服务"), QStringLiteral("培训服务")};
    return list;
}

const QStringList &regions()
{
    static const QStringList list{QStringLiteral("华东"), QStringLiteral("华南"), QStringLiteral("华北"), QStringLiteral("华中"),
                                  QStringLiteral("西南")};
    return list;
}

const QStringList &grabberNames()
{
    static const QStringList list{
        QStringLiteral("张伟"), QStringLiteral("王芳"), QStringLiteral("李娜"), QStringLiteral("刘洋"), QStringLiteral("陈静"),
        QStringLiteral("杨磊"), QStringLiteral("赵敏"), QStringLiteral("黄涛"), QStringLiteral("周婷"), QStringLiteral("吴强"),
        QStringLiteral("徐丽"), QStringLiteral("孙浩"), QStringLiteral("马超"), QStringLiteral("朱琳"), QStringLiteral("胡斌"),
        QStringLiteral("郭雪"), QStringLiteral("何军"), QStringLiteral("林晓"), QStringLiteral("高峰"), QStringLiteral("罗佳"),
        QStringLiteral("郑凯"), QStringLiteral("梁爽"), QStringLiteral("谢宇"), QStringLiteral("宋佳"), QStringLiteral("唐亮"),
        QStringLiteral("韩梅"), QStringLiteral("冯刚"), QStringLiteral("邓雯"), QStringLiteral("曹阳"), QStringLiteral("彭博"),
        QStringLiteral("曾琪"), QStringLiteral("萧然"), QStringLiteral("田野"), QStringLiteral("董洁"), QStringLiteral("潘越"),
        QStringLiteral("袁媛"), QStringLiteral("蔡明"), QStringLiteral("蒋欣"), QStringLiteral("余航"), QStringLiteral("杜鹃")};
    return list;
}

QString companyName(QRandomGenerator &rng, QSet<QString> &used)
{
    static const QStringList cities{QStringLiteral("上海"), QStringLiteral("杭州"), QStringLiteral("深圳"), QStringLiteral("广州"),
                                    QStringLiteral("北京"), QStringLiteral("武汉"), QStringLiteral("成都"), QStringLiteral("南京"),
                                    QStringLiteral("苏州"), QStringLiteral("重庆")};
    static const QStringList cores{QStringLiteral("恒达"), QStringLiteral("瑞丰"), QStringLiteral("华信"), QStringLiteral("安泰"),
                                   QStringLiteral("鼎新"), QStringLiteral("远航"), QStringLiteral("嘉禾"), QStringLiteral("启明"),
                                   QStringLiteral("卓越"), QStringLiteral("宏图"), QStringLiteral("联创"), QStringLiteral("万通")};
    static const QStringList trades{QStringLiteral("贸易"), QStringLiteral("科技"), QStringLiteral("制造"), QStringLiteral("物流"),
                                    QStringLiteral("医药"), QStringLiteral("餐饮"), QStringLiteral("教育"), QStringLiteral("建材")};
    // 960 combinations; past a few hundred customers a branch number keeps names unique.
    for (int attempt = 0;; ++attempt) {
        QString name = pickFrom(cities, rng) + pickFrom(cores, rng) + pickFrom(trades, rng) + QStringLiteral("有限公司");
        if (attempt >= 50) {
            name += QStringLiteral("第%1分公司").arg(used.size());
        }
        if (!used.contains(name)) {
            used.insert(name);
            return name;
        }
    }
}

QString followUpNote(QRandomGenerator &rng)
{
    static const QStringList notes{QStringLiteral("电话沟通需求，已发报价"), QStringLiteral("约了下周上门拜访"),
                                   QStringLiteral("客户在比价，跟进中"), QStringLiteral("已发送产品资料"),
                                   QStringLiteral("客户要求修改方案")};
    return pickFrom(notes, rng);
}

QString feedbackComment(int score, QRandomGenerator &rng)
{
    static const QStringList good{QStringLiteral("响应很快，很专业"), QStringLiteral("服务周到，满意"), QStringLiteral("讲解清楚，推荐")};
    static const QStringList mid{QStringLiteral("还可以"), QStringLiteral("流程有点慢"), QStringLiteral("")};
    static const QStringList bad{QStringLiteral("联系太晚了"), QStringLiteral("回复不及时，不满意"), QStringLiteral("承诺没有兑现")};
    return pickFrom(score >= 4 ? good : score == 3 ? mid : bad, rng);
}

} // namespace grab::demo
