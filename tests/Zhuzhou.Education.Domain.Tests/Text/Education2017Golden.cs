using NodaTime;
using Zhuzhou.Education.Domain.Plans;
using Zhuzhou.Education.Domain.Quantities;

namespace Zhuzhou.Education.Domain.Tests.Text;

/// <summary>
/// The reviewed golden of the 2017 plan: what parsing seeds/zhuzhou-2017-work-plan.txt must give, written out in
/// full. Reviewed by reading it against the text: 5 sections, 25 items, every commitment, 20 numeric targets and
/// 4 milestones (the same as seeds/zhuzhou-2017-work-plan.targets.json), document references with their years.
/// A change here is a change of the canonical plan: review the diff line by line.
/// </summary>
public static class Education2017Golden
{
    public static Plan Plan() =>
        new(
            "株洲市教育局",
            "株洲市教育局2017年工作要点",
            new DateInterval(new LocalDate(2017, 1, 1), new LocalDate(2017, 12, 31)),
            new LocalDate(2017, 2, 22),
            "2017年全市教育工作的总体要求:全面贯彻党的十八大以来的各项方针政策和习近平总书记系列重要讲话精神,切实落实市委、市政府的部署要求,坚持立德树人,坚持内涵发展,坚持改革创新,为我市建成“一谷三区”、实现“两个走在前列”提供有力的人才支撑。",
            [
                new Section(1, "全面加强党的建设",
                [
                    new Item(1, "强化理论学习",
                    [
                        new Commitment("开展习近平总书记系列重要讲话精神和治国理政新理念新思想新战略重大主题宣传教育"),
                        new Commitment("深入学习贯彻党的十九大精神,坚持用十九大精神引领教育工作"),
                    ]),
                    new Item(2, "建好基层组织",
                    [
                        new Commitment(
                            "全面落实《关于加强中小学校党的建设工作的意见》、《关于加强民办学校党的建设工作的意见(试行)》",
                            [],
                            [new DocumentReference("关于加强中小学校党的建设工作的意见"), new DocumentReference("关于加强民办学校党的建设工作的意见(试行)")]),
                        new Commitment("完善基层党支部和党员的“双目标”管理制度"),
                        new Commitment("实施“党员能力提升工程”"),
                        new Commitment("深化“立足岗位争做先锋”活动"),
                        new Commitment("加强离退休干部“两项建设”"),
                        new Commitment("开发党员管理信息系统"),
                        new Commitment("加大基层党建工作保障力度"),
                        new Commitment("创建一批基层党建示范点"),
                    ]),
                    new Item(3, "落实治党责任",
                    [
                        new Commitment("落实全面从严治党主体责任和监督责任,强化“党政同责”和“一岗双责”"),
                        new Commitment("认真执行中央“八项规定”、省委“九条规定”和市委“若干规定”,驰而不息整治“四风”"),
                        new Commitment("持续推进反腐倡廉建设"),
                        new Commitment("开展师德师风专题教育活动"),
                    ]),
                ]),
                new Section(2, "着力提高教育质量",
                [
                    new Item(4, "提高学生品德修养",
                    [
                        new Commitment(
                            "全面实施《株洲市中小学生德育综合改革行动计划(2016-2018年)》",
                            [],
                            [new DocumentReference("株洲市中小学生德育综合改革行动计划(2016-2018年)", 2016, 2018)]),
                        new Commitment("深化社会主义核心价值观教育、“六礼三仪”文明习惯养成教育、公民意识教育"),
                        new Commitment("加强中华优秀传统文化教育"),
                        new Commitment("全面提高中小学教师队伍的育人能力"),
                        new Commitment("加强德育科研工作"),
                    ]),
                    new Item(5, "提高学生创新能力",
                    [
                        new Commitment("推进创新人才个性化培养"),
                        new Commitment("抓实抓好综合实践课程开设与过程管理"),
                        new Commitment("加强实践技能课程建设,开展科技创新系列活动"),
                        new Commitment("完善县市区中小学综合素质评价管理平台"),
                        new Commitment("发挥校外教育指导中心对校外实践活动基地的管理与指导作用"),
                        new Commitment(
                            "创建5所“核心素养培育实践探索实验校”",
                            [
                                new Target(TargetId.Parse("5.1"), "核心素养培育实践探索实验校", Comparison.AtLeast(5m), MeasureWord.Institutions) { Text = "创建5所“核心素养培育实践探索实验校”" },
                            ],
                            []),
                    ]),
                    new Item(6, "提高学生艺术素质",
                    [
                        new Commitment(
                            "引领每位学生爱好1-2项艺术项目,掌握一项艺术技能",
                            [
                                new Target(TargetId.Parse("6.1"), "艺术项目", Comparison.Coverage(1m), MeasureWord.Items) { PerMember = Comparison.Between(1m, 2m), Text = "引领每位学生爱好1-2项艺术项目" },
                                new Target(TargetId.Parse("6.2"), "艺术技能", Comparison.Coverage(1m), MeasureWord.Items) { PerMember = Comparison.AtLeast(1m), Text = "掌握一项艺术技能" },
                            ],
                            []),
                        new Commitment("加强艺术课程与其他课程的有机融合"),
                        new Commitment("开发具有株洲本土特色的艺术课程"),
                        new Commitment("督促学校按照有关标准配齐学校艺术教育设施配备"),
                        new Commitment("打造一批中小学艺术教育特色学校"),
                        new Commitment("支持建设若干个市级学生艺术社团"),
                    ]),
                    new Item(7, "提高学生身体素质",
                    [
                        new Commitment("评选表彰一批“每天锻炼一小时”达标学校"),
                        new Commitment("创建一批国家级校园足球特色学校"),
                        new Commitment("监控抽测学生体质"),
                        new Commitment("办好各类比赛活动,积极参加全省中学生运动会等大型赛事"),
                        new Commitment("做好健康教育和卫生防病工作"),
                    ]),
                    new Item(8, "提高学生心理素质",
                    [
                        new Commitment(
                            "实施《株洲市中小学心理健康教育行动计划(2016-2018年)》",
                            [],
                            [new DocumentReference("株洲市中小学心理健康教育行动计划(2016-2018年)", 2016, 2018)]),
                        new Commitment(
                            "培训100名心理咨询师",
                            [
                                new Target(TargetId.Parse("8.1"), "心理咨询师", Comparison.AtLeast(100m), MeasureWord.Persons) { Text = "培训100名心理咨询师", TimeAggregation = TimeAggregation.Increment },
                            ],
                            []),
                        new Commitment("开发系列学生情绪管理心理课程"),
                        new Commitment("推动心理辅导室标准化建设"),
                    ]),
                ]),
                new Section(3, "持续推进综合改革",
                [
                    new Item(9, "深化教育体制改革",
                    [
                        new Commitment(
                            "全面启动《株洲市教育综合改革方案(20162020)》",
                            [],
                            [new DocumentReference("株洲市教育综合改革方案(20162020)", 2016, 2020)]),
                        new Commitment("推进乡村教师支持计划实施"),
                        new Commitment("统筹城乡义务教育一体化改革"),
                        new Commitment("开展普及高中阶段教育改革试点"),
                        new Commitment("实施中小学教育质量综合评价改革"),
                        new Commitment("推进基础教育招生制度改革"),
                        new Commitment("加强对课程基地的动态管理"),
                        new Commitment(
                            "建设1-2所省级课改样板建设校",
                            [
                                new Target(TargetId.Parse("9.1"), "省级课改样板建设校", Comparison.Between(1m, 2m), MeasureWord.Institutions) { Text = "建设1-2所省级课改样板建设校" },
                            ],
                            []),
                        new Commitment("开展职业生涯规划教育"),
                        new Commitment("推进各学段课改联盟校交流"),
                    ]),
                    new Item(10, "推进办学模式改革",
                    [
                        new Commitment(
                            "引领相对薄弱的基础教育阶段学校快速发展,指导县市区组建1-2个教育集团",
                            [
                                new Target(TargetId.Parse("10.1"), "教育集团", Comparison.Between(1m, 2m), MeasureWord.Units) { Text = "指导县市区组建1-2个教育集团" },
                            ],
                            []),
                        new Commitment(
                            "鼓励城区普通高中开展基础教育集团办学改革试点,建设2-4所试点单位",
                            [
                                new Target(TargetId.Parse("10.2"), "试点单位", Comparison.Between(2m, 4m), MeasureWord.Institutions) { Text = "建设2-4所试点单位" },
                            ],
                            []),
                    ]),
                    new Item(11, "扩大教育对外交流",
                    [
                        new Commitment("引进优质国际智力资源"),
                        new Commitment("推进国际理解教育"),
                        new Commitment("提升校长和教师队伍国际视野"),
                        new Commitment("传播株洲教育文化"),
                    ]),
                    new Item(12, "推动教育技术创新",
                    [
                        new Commitment("提升教育信息化基础支撑能力"),
                        new Commitment("加大优质教育资源建设与应用力度"),
                        new Commitment("拓展教育信息化深度融合应用"),
                        new Commitment("推动教育信息化应用典型示范工作"),
                        new Commitment("完善教育信息化支撑保障机制"),
                    ]),
                ]),
                new Section(4, "统筹发展各类教育",
                [
                    new Item(13, "普惠发展学前教育",
                    [
                        new Commitment("提高乡镇(街道)公办中心幼儿园办园水平"),
                        new Commitment("推进和规范购买民办园普惠性服务"),
                        new Commitment(
                            "完成县(市)小学(教学点)违规附设的学前班的整改、停办",
                            [
                                new Target(TargetId.Parse("13.1"), "县(市)小学(教学点)违规附设的学前班的整改、停办", Comparison.Milestone(), MeasureWord.None) { Text = "完成县(市)小学(教学点)违规附设的学前班的整改、停办" },
                            ],
                            []),
                        new Commitment(
                            "推进《36岁儿童学习与发展指南》实验园和实验区试点",
                            [],
                            [new DocumentReference("36岁儿童学习与发展指南")]),
                        new Commitment("开展幼儿好习惯养成优秀案例评选"),
                        new Commitment("加强幼儿园园长、骨干幼师培训"),
                        new Commitment("构建学前教育社会监管机制"),
                        new Commitment("建立省、市示范性幼儿园帮扶薄弱园机制"),
                    ]),
                    new Item(14, "统筹发展城乡教育",
                    [
                        new Commitment(
                            "贯彻落实国务院《关于统筹推进县域内城乡义务教育一体化改革发展的若干意见》,启动建设12个区域整体推进城乡教育一体化的样板县",
                            [
                                new Target(TargetId.Parse("14.1"), "样板县", Comparison.AtLeast(12m), MeasureWord.Units) { Text = "启动建设12个区域整体推进城乡教育一体化的样板县" },
                            ],
                            [new DocumentReference("关于统筹推进县域内城乡义务教育一体化改革发展的若干意见")]),
                        new Commitment("全面改善贫困地区义务教育薄弱学校基本办学条件"),
                        new Commitment(
                            "优化城乡学校布局,新增学位2万个",
                            [
                                new Target(TargetId.Parse("14.2"), "学位", Comparison.AtLeast(20000m), MeasureWord.Units) { Text = "新增学位2万个", TimeAggregation = TimeAggregation.Increment },
                            ],
                            []),
                        new Commitment("开展乡村小规模学校提质试点"),
                        new Commitment("推进市示范性综合实践基地建设"),
                    ]),
                    new Item(15, "特色发展普高教育",
                    [
                        new Commitment(
                            "建设3-5所高考改革试点校、1-2个高考改革试点县市",
                            [
                                new Target(TargetId.Parse("15.1"), "高考改革试点校", Comparison.Between(3m, 5m), MeasureWord.Institutions) { Text = "建设3-5所高考改革试点校" },
                                new Target(TargetId.Parse("15.2"), "高考改革试点县市", Comparison.Between(1m, 2m), MeasureWord.Units) { Text = "1-2个高考改革试点县市" },
                            ],
                            []),
                        new Commitment(
                            "建设5所“高品质学校”项目试验校、5所非省示范高中提质成果突出成效学校",
                            [
                                new Target(TargetId.Parse("15.3"), "“高品质学校”项目试验校", Comparison.AtLeast(5m), MeasureWord.Institutions) { Text = "建设5所“高品质学校”项目试验校" },
                                new Target(TargetId.Parse("15.4"), "非省示范高中提质成果突出成效学校", Comparison.AtLeast(5m), MeasureWord.Institutions) { Text = "5所非省示范高中提质成果突出成效学校" },
                            ],
                            []),
                        new Commitment(
                            "鼓励各高中学校完成选课走班和普通高中综合素质评价2个平台的建设",
                            [
                                new Target(TargetId.Parse("15.5"), "平台", Comparison.AtLeast(2m), MeasureWord.Units) { Text = "鼓励各高中学校完成选课走班和普通高中综合素质评价2个平台的建设" },
                            ],
                            []),
                        new Commitment(
                            "建设6所综合素质评价改革示范校",
                            [
                                new Target(TargetId.Parse("15.6"), "综合素质评价改革示范校", Comparison.AtLeast(6m), MeasureWord.Institutions) { Text = "建设6所综合素质评价改革示范校" },
                            ],
                            []),
                    ]),
                    new Item(16, "优质发展特殊教育",
                    [
                        new Commitment(
                            "落实《湖南省残疾儿童少年随班就读工作指导意见》,开展送教上门服务工作",
                            [],
                            [new DocumentReference("湖南省残疾儿童少年随班就读工作指导意见")]),
                        new Commitment("组织全市义务教育阶段随班就读点教师跟班学习"),
                        new Commitment(
                            "实现市特殊教育学校秋季入学",
                            [
                                new Target(TargetId.Parse("16.1"), "市特殊教育学校秋季入学", Comparison.Milestone(), MeasureWord.None) { Text = "实现市特殊教育学校秋季入学", Deadline = new LocalDate(2017, 9, 1) },
                            ],
                            []),
                    ]),
                    new Item(17, "融合发展职业教育",
                    [
                        new Commitment("扩大“普职融通”改革试点,推进现代职业教育体系建设"),
                        new Commitment(
                            "加快推进工业学校、幼师学校搬迁建设和农村职业教育发展,全面完成职业教育三年攻坚计划",
                            [
                                new Target(TargetId.Parse("17.1"), "职业教育三年攻坚计划", Comparison.Milestone(), MeasureWord.None) { Text = "全面完成职业教育三年攻坚计划" },
                            ],
                            []),
                        new Commitment("实施质量标志性成果建设工程"),
                    ]),
                    new Item(18, "加速发展终身教育",
                    [
                        new Commitment("开展“全民终身学习活动周”活动"),
                        new Commitment("创建一批省级“百姓学习之星”、“终身学习品牌”"),
                        new Commitment("评选“示范性社区学校”"),
                    ]),
                    new Item(19, "健康发展民办教育",
                    [
                        new Commitment(
                            "引导民间资本和社会力量举办学前教育机构,增加民办幼儿园园位7000个以上",
                            [
                                new Target(TargetId.Parse("19.1"), "民办幼儿园园位", Comparison.AtLeast(7000m), MeasureWord.Units) { Text = "增加民办幼儿园园位7000个以上", TimeAggregation = TimeAggregation.Increment },
                            ],
                            []),
                        new Commitment("引进和扶持实力雄厚的品牌教育资源举办民办教育,支持民办教育集团发展"),
                        new Commitment(
                            "创建省骨干民办学校1所,创建省骨干民办幼儿园4所",
                            [
                                new Target(TargetId.Parse("19.2"), "省骨干民办学校", Comparison.AtLeast(1m), MeasureWord.Institutions) { Text = "创建省骨干民办学校1所" },
                                new Target(TargetId.Parse("19.3"), "省骨干民办幼儿园", Comparison.AtLeast(4m), MeasureWord.Institutions) { Text = "创建省骨干民办幼儿园4所" },
                            ],
                            []),
                        new Commitment("实施民办普通高中提质计划"),
                    ]),
                ]),
                new Section(5, "提升教育保障水平",
                [
                    new Item(20, "强化人力资源保障",
                    [
                        new Commitment("扩大公费定向师范生招生规模"),
                        new Commitment(
                            "完成全市实施教师素养提升“十百千万”工程年度任务",
                            [
                                new Target(TargetId.Parse("20.1"), "全市实施教师素养提升“十百千万”工程年度任务", Comparison.Milestone(), MeasureWord.None) { Text = "完成全市实施教师素养提升“十百千万”工程年度任务" },
                            ],
                            []),
                        new Commitment("推进中小学教师信息技术应用能力提升工程"),
                        new Commitment("建设株洲教师教育网络学院平台"),
                        new Commitment(
                            "依托特级教师工作站和“四名”“两基地”,培养培训800名优秀骨干教师",
                            [
                                new Target(TargetId.Parse("20.2"), "优秀骨干教师", Comparison.AtLeast(800m), MeasureWord.Persons) { Text = "培养培训800名优秀骨干教师", TimeAggregation = TimeAggregation.Increment },
                            ],
                            []),
                        new Commitment("做好市级学科带头人换届工作"),
                        new Commitment("推动教师成长幸福工程,实施教师健康关怀行动"),
                        new Commitment("做好语言文字工作"),
                    ]),
                    new Item(21, "强化教育物质保障",
                    [
                        new Commitment("继续完善教育经费投入保障机制,推进义务教育经费保障机制改革"),
                        new Commitment("严格规范学校经费的使用与管理"),
                        new Commitment("强化财务全过程监管和内部审计工作"),
                        new Commitment(
                            "落实《株洲市2016-2017年教育扶贫实施方案》",
                            [],
                            [new DocumentReference("株洲市2016-2017年教育扶贫实施方案", 2016, 2017)]),
                        new Commitment("关爱留守儿童和特困家庭"),
                        new Commitment(
                            "资助家庭经济困难学生4万人",
                            [
                                new Target(TargetId.Parse("21.1"), "家庭经济困难学生", Comparison.AtLeast(40000m), MeasureWord.People) { Text = "资助家庭经济困难学生4万人", TimeAggregation = TimeAggregation.Increment },
                            ],
                            []),
                        new Commitment("做好基层党建帮扶、“双联”等工作"),
                    ]),
                    new Item(22, "强化教育法制保障",
                    [
                        new Commitment("完善重大行政决策机制"),
                        new Commitment("加强学校章程建设工作"),
                        new Commitment("深入开展“七五”普法"),
                        new Commitment("全面从严规范中小学办学行为"),
                    ]),
                    new Item(23, "强化教育评价保障",
                    [
                        new Commitment("完善对县级政府和教育行政部门履行教育职责的督导评估考核工作机制"),
                        new Commitment("健全市、县、校三级教育督导体系,启动县级标准化督导室建设"),
                        new Commitment("落实专项教育督导制度和问责、约谈机制"),
                        new Commitment("加强督学队伍专业能力建设"),
                        new Commitment("改革教育督导评估方式"),
                    ]),
                    new Item(24, "强化教育安全保障",
                    [
                        new Commitment("实施重大决策事项社会稳定风险评估"),
                        new Commitment("落实“党政同责、一岗双责、失职追责”的学校安全稳定责任机制、领导干部带队检查安全工作制度"),
                        new Commitment("深化平安校园建设"),
                        new Commitment("加强学生安全法治教育"),
                        new Commitment(
                            "落实《株洲市校车安全管理实施细则》",
                            [],
                            [new DocumentReference("株洲市校车安全管理实施细则")]),
                    ]),
                    new Item(25, "强化教育综合保障",
                    [
                        new Commitment("深化“马上就办、真抓实干”活动"),
                        new Commitment("加强教育宣传工作和网站管理,推进党务、政务公开"),
                        new Commitment("完善教育阳光服务机制"),
                        new Commitment("做好毕业生档案管理及窗口服务,举办大学生创业大赛抓好建议提案办理、教育史志、人口与计划生育综合治理、“两型机关”建设、应急管理、优化治理经济发展环境等工作"),
                        new Commitment("加强工会、共青团、妇女组织建设"),
                        new Commitment("做好统一战线工作"),
                        new Commitment("支持老教协、关工委、教育基金会开展工作"),
                    ]),
                ]),
            ]);
}
