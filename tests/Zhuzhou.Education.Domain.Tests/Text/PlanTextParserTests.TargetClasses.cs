using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>Issue 12, item 3: what a target is, as a bureau reads it — one class of sentence at a time.</summary>
public partial class PlanTextParserTests
{
    public static TheoryData<string, Comparison, decimal, MeasureWord> PerMemberSentences() => new()
    {
        { "每个学生掌握1项以上体育技能", Comparison.AtLeast(1m), 1m, MeasureWord.Items },
        { "每位学生爱好1-2项艺术项目", Comparison.Between(1m, 2m), 1m, MeasureWord.Items },
        { "每所学校配备1名专职心理教师", Comparison.AtLeast(1m), 1m, MeasureWord.Persons },
        { "每名教师每年参加培训不少于72学时", Comparison.AtLeast(72m), 1m, MeasureWord.StudyHours },
    };

    [Theory]
    [MemberData(nameof(PerMemberSentences))]
    public void Parse_AmountPerMember_IsACoverageThatKeepsItsNumber(string sentence, Comparison perMember, decimal share, MeasureWord unit)
    {
        var target = OneItem(sentence).Targets.Should().ContainSingle().Subject;

        (target.Comparison, target.PerMember, target.Unit).Should().Be((Comparison.Coverage(share), perMember, unit));
    }

    [Theory]
    [InlineData("每学年培训时间不得低于60学时", "AtLeast", 60)]
    [InlineData("生均校舍面积不低于8平方米", "AtLeast", 8)]
    [InlineData("每年开展活动不少于20场", "AtLeast", 20)]
    [InlineData("每周作业时间不超过3小时", "AtMost", 3)]
    [InlineData("近视率不高于30%", "AtMost", 30)]
    [InlineData("班额控制在45人以内", "AtMost", 45)]
    [InlineData("参训教师超过3000名", "AtLeast", 3000)]
    [InlineData("培训骨干教师3000余名", "AtLeast", 3000)]
    [InlineData("新建学校十余所", "AtLeast", 10)]
    public void Parse_BoundWords_GiveTheDirectionOfTheComparison(string sentence, string kind, int bound)
    {
        var comparison = OneItem(sentence).Targets.Should().ContainSingle().Subject.Comparison;

        comparison.Kind.ToString().Should().Be(kind);
        comparison.Required.Should().Be(bound);
    }

    [Theory]
    [InlineData("特殊教育教师占比达到0.1%-0.3%")]
    [InlineData("特殊教育教师占比达到0.1％～0.3％")]
    public void Parse_DecimalPercentRange_IsOneRange(string sentence)
        => OneItem(sentence).Targets.Should().ContainSingle().Which.Comparison.Should().Be(Comparison.Between(0.1m, 0.3m));

    [Theory]
    [InlineData("每8个班至少配备1名体育教师")]
    [InlineData("按每6个教学班配备1名音乐教师的标准配齐教师")]
    [InlineData("推动30户以上的自然村通宽带")]
    [InlineData("在已建成的40个基地基础上提质")]
    [InlineData("全县现有幼儿园300所")]
    [InlineData("培育年收入首次突破100亿元的企业")]
    [InlineData("对投资1000万元及以上的项目予以支持")]
    [InlineData("按设备购置额的10%给予奖补，单个企业最高300万元")]
    [InlineData("围绕12条产业链开展招商")]
    [InlineData("创建一批示范学校")]
    [InlineData("建设一支高素质教师队伍")]
    [InlineData("每节课45分钟")]
    [InlineData("推广5G校园网络")]
    public void Parse_NumbersThatAreNoTargets_GiveNone(string sentence)
        => OneItem(sentence).Targets.Should().BeEmpty();

    [Fact]
    public void Parse_QualifiedShare_KeepsTheShareWithItsPhrase()
    {
        var target = OneItem("消除66人以上超大班额，56人以上大班额比例降至5%以下").Targets.Should().ContainSingle().Subject;

        (target.Comparison, target.Subject).Should().Be((Comparison.AtMost(5m), "56人以上大班额比例降至"));
    }

    [Fact]
    public void Parse_ScaledDecimal_KeepsNoTrailingZero()
        => OneItem("资助困难学生2.3万人次").Targets.Single().Comparison.Minimum.Should().Be(23000m).And.Subject.ToString().Should().Be("23000");

    [Fact]
    public void Parse_CountOfWhatAThresholdDescribes_IsATarget()
        => OneItem("培育5个以上收入过200亿元的软件产业集群").Targets.Should().ContainSingle().Which.Comparison.Should().Be(Comparison.AtLeast(5m));

    [Fact]
    public void Parse_BaselineThenGoal_KeepsOnlyTheGoal()
        => OneItem("在已建成的40个基地基础上，新建10个基地").Targets.Should().ContainSingle().Which.Comparison.Should().Be(Comparison.AtLeast(10m));

    [Fact]
    public void Parse_ThresholdThenCount_KeepsTheCount()
        => OneItem("培育年收入首次突破100亿元的企业15家").Targets.Should().ContainSingle().Which.Unit.Should().Be(MeasureWord.Organisations);

    [Theory]
    [InlineData("新增运动场地5000平方米", 5000, MeasureWord.SquareMetres)]
    [InlineData("新建塑胶跑道400米", 400, MeasureWord.Metres)]
    [InlineData("培训教师2万人次", 20000, MeasureWord.PersonTimes)]
    [InlineData("培训家长10万人次", 100000, MeasureWord.PersonTimes)]
    [InlineData("投入资金3.5亿元", 350000000, MeasureWord.Yuan)]
    [InlineData("投入专项资金500万元", 5000000, MeasureWord.Yuan)]
    [InlineData("开发应用10款", 10, MeasureWord.Models)]
    [InlineData("新建功能室50间", 50, MeasureWord.Rooms)]
    [InlineData("配备计算机3000台", 3000, MeasureWord.Machines)]
    [InlineData("采购实验设备200套", 200, MeasureWord.Sets)]
    [InlineData("发表论文100篇", 100, MeasureWord.Articles)]
    [InlineData("认定示范校2批", 2, MeasureWord.Batches)]
    [InlineData("开设选修课10门", 10, MeasureWord.Courses)]
    [InlineData("修满6学分", 6, MeasureWord.Credits)]
    [InlineData("新建绿道20公里", 20, MeasureWord.Kilometres)]
    [InlineData("新增用地50亩", 50, MeasureWord.Mu)]
    [InlineData("举办培训班5期", 5, MeasureWord.Cohorts)]
    [InlineData("开展督导3次", 3, MeasureWord.Times)]
    [InlineData("举办讲座20场", 20, MeasureWord.Sessions)]
    [InlineData("培育企业30家", 30, MeasureWord.Organisations)]
    [InlineData("帮扶困难家庭500户", 500, MeasureWord.Households)]
    [InlineData("新建风雨操场10座", 10, MeasureWord.Structures)]
    [InlineData("组建校级球队30支", 30, MeasureWord.Teams)]
    [InlineData("开发微课600节", 600, MeasureWord.Lessons)]
    [InlineData("学校宽带达到1000M", 1000, MeasureWord.Megabits)]
    [InlineData("农村学校带宽达到100兆", 100, MeasureWord.Megabits)]
    [InlineData("出口带宽达到10G", 10, MeasureWord.Gigabits)]
    [InlineData("新建三所学校", 3, MeasureWord.Institutions)]
    [InlineData("新增两个园区", 2, MeasureWord.Units)]
    [InlineData("表彰优秀教师100位", 100, MeasureWord.Persons)]
    [InlineData("开发课程资源20种", 20, MeasureWord.Kinds)]
    public void Parse_MeasureWordsOfTheGenre_AreRead(string sentence, double value, MeasureWord unit)
    {
        var target = OneItem(sentence).Targets.Should().ContainSingle().Subject;

        (target.Comparison.Required, target.Unit).Should().Be(((decimal)value, unit));
    }
}
