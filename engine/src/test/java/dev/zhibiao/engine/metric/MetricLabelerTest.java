package dev.zhibiao.engine.metric;

import dev.zhibiao.engine.quantity.Change;
import dev.zhibiao.engine.quantity.Qualifier;
import dev.zhibiao.engine.quantity.Quantity;
import dev.zhibiao.engine.quantity.QuantityRecognizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sentences from the corpus. In each, the amounts are marked [like this]; the one to label is marked [[like this]].
 * The test builds the quantities from the marks, as the quantity recognizer would find them.
 */
class MetricLabelerTest {
    private static final Pattern MARK = Pattern.compile("\\[\\[([^]]+)]]|\\[([^]]+)]");
    /** The unit right after the number; a span may name it after a slash when it is not written (约20万群众/人). */
    private static final Pattern UNIT = Pattern.compile("^[约近超不足]*[0-9.零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?(?:多|余)?[万亿]*"
            + "(个百分点|平方公里|立方米|公里|公顷|港元|美元|人次|个月|批次|部门|[^以左]?)");

    private final MetricLabeler labeler = new MetricLabeler();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            该县向53个“十三五”脱贫村共选派第一书记和驻村工作队员[[194名]]。 | 选派第一书记和驻村工作队员
            其中自治区选派的有[[21名]]，市选派的有[9名]。                      | 自治区选派
            [194名]队员平均年龄为[[39岁]]，本科以上学历的有[145人]。          | 队员平均年龄
            本科以上学历的有[145人]，占[[74.74%]]；中共党员[121人]。          | 本科以上学历占比
            中共党员[121人]，占[[62.37%]]。                                    | 中共党员占比
            据统计，2021年该县村集体经济总收入达[[2026.55万元]]。              | 村集体经济总收入
            其中年收入[10万元以上]的村有[[85个]]，年收入[20万元以上]的村有[23个]。 | 年收入10万元以上的村
            田东县共开展随机督查[[10次]]、各乡镇每周视频点名[300余次]。        | 开展随机督查
            选派至今落实驻村帮扶经费、专项工作经费和驻村补助等[[1482万余元]]。   | 落实驻村帮扶经费、专项工作经费和驻村补助
            德国7月通胀率为[[2.3%]]，高于6月的[2.2%]。                          | 通胀率
            选派至今，该县驻村工作队共领办[[783件]]实事。                       | 领办实事
            全乡共有[[8个]]行政村，[1个]社区，[20个]自然屯。                   | 行政村
            全乡共有[8个]行政村，[1个]社区，[20个]自然屯，共有[[4645户]]。     | 户数
            其中：男性人口[[6584人]]，女性人口[5914人]。                       | 男性人口
            其中农业总收入[4276万元]、林业收入[[1033万元]]、牧业收入[3586万元]。 | 林业收入
            全乡森林覆盖率为[[49%]]。                                          | 森林覆盖率
            全省居民收入增长[[三点五个百分点]]。                                | 居民收入
            今年上半年，粤港澳大湾区内地9市进出口[[4.38万亿元/元]]，同比增长[4.3%]。     | 进出口
            西部陆海新通道沿线13+2省（区、市）经通道进出口[[9501.6亿元/元]]。           | 经通道进出口
            全乡共有[[四条]]主要河流分别是凉水河、三统河、蛤蜊河、后河。             | 主要河流
            已建成[5条]进乡公路、[[10条]]通村公路。                            | 通村公路
            目前全县[[82个]]村获自治区命名星级党组织。                         | 村获自治区命名星级党组织
            其中[[79条]]河流已全部实现全线贯通，[9个]湖泊生态水位有效维持。     | 河流已全部实现全线贯通
            [[832个]]脱贫县都培育出了优势突出、特色鲜明的主导产业。             | 脱贫县
            [[3名]]死者均为库尔德人。                                          | 死者
            其中[[79条]]河流目前已经全部实现全线贯通。                           | 河流目前已经全部实现全线贯通
            [[3个]]城市平均气温上升。                                           | 城市平均气温
            中国体育代表团在巴黎奥运会上再传捷报，共获[3金][[2银]][3铜]。        | 中国体育代表团获银牌
            以年轻选手为主的中国队共获[[4金]][3银][3铜]的成绩。                 | 中国队获金牌
            中国体育代表团获得[214枚]金牌、[[521枚]]奖牌。                      | 中国体育代表团获得奖牌
            在巴黎奥运会上，共获[[3金]]。                                       | 获金牌
            【第33届夏季奥林匹克运动会】中国体育代表团再夺[[3金]]               | 中国体育代表团再夺金牌
            生态环境部等[[16个]]部门联合印发实施意见。                            | 部门联合印发实施意见
            河北、内蒙古、辽宁等[[16个]]地区已完成年度城镇老旧小区改造计划。       | 地区已完成年度城镇老旧小区改造计划
            由工业和信息化部等[[五部门]]组织的新能源汽车下乡活动在江苏启动。       | 组织新能源汽车下乡活动
            俄军继续在苏梅、哈尔科夫等方向打击[[144处]]区域的乌克兰军队目标。     | 区域的乌克兰军队目标
            盘点[[55家]]今年上市的美股科技公司：只有[1家]未处于熊市区间            | 盘点今年上市的美股科技公司
            奈杜说，印度政府已成立[[两个]]独立的调查委员会分别负责技术调查。          | 政府已成立独立的调查委员会
            作为全国[[108个]]严重缺水城市之一的四川内江，正在推进节水。             | 作为全国严重缺水城市之一
            浙江成立了由财政、交通、水利、环保等[[10多个]]部门组成的协调小组。       | 部门组成
            [2025年/年]是党中央设立[[五年]]过渡期的最后一年。                     | 党中央设立过渡期
            西部陆海新通道已通达[[127个]]国家和地区的[579个]港口。              | 西部陆海新通道已通达国家和地区
            西部陆海新通道已通达[127个]国家和地区的[[579个]]港口。              | 西部陆海新通道已通达港口
            本届啤酒节涵盖[40多个]国家和地区的[[400多个]]品牌。                 | 本届啤酒节涵盖品牌
            来自中央直属和[27个]省区市的[[67家]]演出单位参加展演。              | 演出单位参加展演
            上半年我国创新药对外授权覆盖肿瘤、代谢、免疫、神经等[[10个]]治疗领域。 | 覆盖治疗领域
            俄防空部队击落乌军航空炸弹、美制“海马斯”火箭弹以及[[541架]]无人机。   | 击落无人机
            生态环境部、科技部等[[16个]]部门联合印发实施意见。                     | 部门联合印发实施意见
            武夷山国家公园跨江西、福建[[两省]]，是世界文化与自然双遗产。           | 武夷山国家公园跨省
            造成[[110万余名]]被害人、实际经济损失[125.73亿余元]的诈骗大案终于判了。 | 造成被害人
            全县拥有[[9家]]以人参为原料医药生产企业，其中以紫鑫药业为代表。        | 拥有以人参为原料医药生产企业
            蛤什蟆油享有盛誉，价格一直在[[3000元以上]]。                              | 价格
            全省保存着[[超过750处]]重要的长征遗址和遗迹。                          | 保存着重要的长征遗址和遗迹
            黄河一号、长城一号、太行一号[[三条]]农村公路把全省[113个]县串联起来。 | 农村公路
            西、中、东[[三条]]运输主通道1至7月份中欧班列开行量同比分别增长[6.8%]。 | 运输主通道
            广州期货交易所计划研发[16个]品种，涉及[[4大板块]]。                | 涉及板块
            据商务部商务大数据监测，重点零售和餐饮企业销售额同比增长[[18.9%]]。 | 重点零售和餐饮企业销售额
            湖北、河南、重庆等地重点零售业销售额均实现同比[[20%左右]]的增长。   | 重点零售业销售额
            今年，我国还将新改建农村公路[[12.2万公里]]。                        | 新改建农村公路
            2021年累计向地方通报[4批次][[81.5万件]]非正常专利申请。             | 向地方通报非正常专利申请
            该县举办驻村工作队员培训[2期][[340人次]]、年度考核优秀[41人]。      | 举办驻村工作队员培训
            海伦司(9869.HK)续升[[超9%]] 投行唱好                               | 涨幅
            暴风雪肆虐美东北部 [[近45万用户/户]]停电                          | 用户停电
            去年同期经调整净亏损为 [[2052 万美元/美元]]。                      | 经调整净亏损
            全市GDP [[5200亿元/元]]，同比增长[5.1%]。                            | GDP
            该市共有企业 [[3200家]]。                                           | 企业
            在武汉，一家服装小店就因为一笔[[300万/元]]贷款的延期，缓解了资金压力。  | 服装小店就因为一笔贷款
            其中特别是小麦、玉米播种面积达到[[30万亩]]。                         | 特别是小麦、玉米播种面积
            镇域红石河作为三统河源头，全长[[19.9公里]]。                        | 全长
            该村认为发展产业是关键，总投资[[2000万元/元]]。                      | 总投资
            排名前3市场份额合计达到[[60%/%]]。                                  | 排名前3市场份额
            周边的[[15个]]村从此有了家门口的银行网点。                            | 村从此有了家门口的银行网点
            法国本土的[[13个]]大区均有地区达到干旱“危机”级别。                    | 大区均有地区达到干旱“危机”级别
            受此带动，正在设计的[[27艘]]船当中，超过一半与氨燃料有关。            | 设计船
            “十四五”期间将对[[124处]]大型灌区和[1000多处]中型灌区实施现代化改造。 | 大型灌区实施现代化改造
            以色列政府批准把约旦河西岸[[9个]]私自建造的犹太人定居点“合法化”。    | 私自建造的犹太人定居点“合法化”
            福森药业(1652.HK)续跌超16%，5日累计大跌[[50%]]。                    | 5日累计跌幅
            总市值已[[不足10亿港元]]。                                         | 总市值
            固态电解质室温离子电导率可达[[1.8 mS/cm]]。                         | 固态电解质室温离子电导率
            第一届本科毕业生有[118名]学生选择扎根西部，2021年这个数字增加到[[220人]]。 | 第一届本科毕业生学生选择扎根西部
            市场监管总局等[[六部门]]今天（12月30日）联合发布《企业注销指引》。 | 联合发布《企业注销指引》
            玉米每亩株数普遍提高，部分地区甚至达到[[7000株以上]]。               | 部分地区
            全市新增就业[6万人]，因此数字经济核心产业增加值增长[[12%]]。          | 数字经济核心产业增加值
            购物金额[27.2亿元]，购物件数[199.7万件]，与去年相比，日均分别增长[16.5%]、[[8.3%]]。 | 日均购物件数
            其中国有林面积为[71831.04公顷]，其中：凉水林场[18351.99公顷]，八里哨林场[[11595.00公顷]]。 | 国有林面积
            全市农民合作社达到[3000家]，新增家庭农场[[500家]]。                   | 新增家庭农场
            人均可支配收入达到[1.2万元]，人均消费支出达到[8000元]，人均分别增长[5.2%]、[[6.1%]]。 | 人均消费支出
            全省GDP达到[5万亿元]，财政收入达到[5000亿元]，年均分别增长[[7.5%]]和[8.2%]。 | GDP
            中型水库[1座]（时家店水库），小一型水库[[1座]]。                      | 小一型水库
            让[[6.65万名]]群众喝上了干净水。                                   | 群众喝上了干净水
            沿线[[约20万群众/人]]将在家门口通过多种方式实现就业。                  | 沿线群众
            目前有[[超过200万平民/人]]被困在加沙地带。                            | 平民被困在加沙地带
            今年[[32岁]]的他，除了管理着自家承包的[3200亩]稻田。               | 年龄
            在山西，黄河一号、长城一号、太行一号[[三条]]农村公路把全省连起来。  | 农村公路
            围绕群众最为担忧的民生问题、“急难愁盼”问题形成[[57份]]民生清单。     | 民生清单
            有中型水库时家店水库[1座]、小一型水库[[1座]]、小二型水库[3座]。     | 小一型水库
            全县便民服务队分别进驻[[119个]]村、居委会、社区。                  | 便民服务队进驻村、居委会、社区
            可接待[[300人]]用餐。                                              | 可接待用餐
            两条破冰船再加上直升机、雪地车，中山站卸货作业计划持续[[两周]]。    | 中山站卸货作业计划持续时间
            全国示范步行街客流量、营业额同比分别增长[[121.4%]]和[87.6%]。       | 全国示范步行街客流量
            全国示范步行街客流量、营业额同比分别增长[121.4%]和[[87.6%]]。       | 全国示范步行街营业额
            这些地区人口占全省近三成，但地区生产总值之和只占全省[[约一成]]。    | 地区生产总值之和只占全省
            男性、女性人口分别为[6584人]、[[5914人]]。                         | 女性人口
            公司2021年和2022年营收分别为[30亿元]和[[45亿元]]。                   | 公司营收
            2026暑期档电影票房今天（8月13日）突破[[91亿元]]。                   | 2026暑期档电影票房
            乌防空部队今天（9月22日）凌晨还在多地击落俄军[[71架]]攻击型无人机。 | 乌防空部队还在多地击落俄军攻击型无人机
            将渣打集团2022和2023财年每股盈测分别降低[[7%]]和[8%]。               | 渣打集团每股盈测
            预计2022年公募、私募分别给A股带来约[7100]、[[3150亿元]]增量资金。     | 私募增量资金
            全镇葡萄种植分为生食和酿酒原料[[1710亩]]。                            | 葡萄种植
            以锂电池、太阳能电池、电动载人汽车为代表的“新三样”产品出口额增长[[50%以上]]。 | “新三样”产品出口额
            分批安排贫困村乡村医生组织开展医疗质量培训班[[4期以上]]。           | 医疗质量培训班
            各县（市、区）开展紧密型县域医共体建设试点，共[[2188个]]。         | 各县（市、区）开展紧密型县域医共体建设试点
            一是柳河县七棵树矿业有限公司投资[[5000万元]]，新建选矿厂。          | 七棵树矿业投资
            其中工业机器人、特殊作业机器人制造同比分别增长[[17.4%]]和[42.1%]。    | 工业机器人制造
            广州期货交易所未来两年计划研发[[16个]]品种。                        | 期货交易所计划研发品种
            全县耕地面积、粮食产量分别为[[30万亩]]、[12万吨]。                  | 耕地面积
            游客人数、旅游收入分别增长[[10%]]、[12%]。                          | 游客人数
            该县耕地面积划分为基本农田的部分达到[[3万亩]]。                      | 耕地面积划分为基本农田的部分
            由国家知识产权局等[[18个]]部门单位共同举办宣传周活动。               | 部门单位
            今年全县新增[[38家]]企业。                                          | 新增企业
            全年快递业务量[[突破千亿件]]大关。                                  | 快递业务量
            截至12月6日，大兴机场今年累计迎送进出港旅客[[5008.34万人次]]。        | 大兴机场今年累计迎送进出港旅客
            柳河县柳南乡柞木村水库总库容量[[31.68万立方米]]。                  | 柞木村水库总库容量
            家用电器和音像器材类、家具类、建筑及装潢材料类零售额分别增长[[5.7%]]、[4.6%]和[2.1%]。 | 家用电器和音像器材类零售额
            家用电器和音像器材类、家具类、建筑及装潢材料类零售额分别增长[5.7%]、[[4.6%]]和[2.1%]。 | 家具类零售额
            工业机器人、新能源汽车、服务器、3D打印设备产量分别增长[191.6%]、[349.6%]、[[100.3%]]和[229.9%]。 | 服务器产量
            新能源汽车产量、销量分别为[[492.9万辆]]和[494.4万辆]。               | 新能源汽车产量
            全国一般公共预算支出中，教育、社会保障和就业、卫生健康方面同比分别增长[4.4%]、[[8.1%]]和[4.7%]。 | 全国一般公共预算社会保障和就业支出
            全国一般公共预算支出中，教育、社会保障和就业、卫生健康方面同比分别增长[[4.4%]]、[8.1%]和[4.7%]。 | 全国一般公共预算教育支出
            [[3745.1亿元]]！这是今年前9个月农产品网络零售额，同比增长[8.8%]。     | 农产品网络零售额
            [[超过1.6万个]]！这是今年中央支持建设冷藏保鲜设施的数量。             | 中央支持建设冷藏保鲜设施
            山东生产总值为[83095.9亿元]，比2020年的[[73129亿元]]增加了[9966.9亿元]。 | 生产总值
            相比2020年[[102719亿元]]的GDP，也增加了约[1.36万亿元]。           | GDP
            从GDP总量来看，广东依旧稳居全国第一，为[[124369.67亿元]]。          | GDP总量
            船体工程部的同事们要把手里[[350吨]]龙门吊的作业效率直接拉满。          | 龙门吊
            生产线主要由一台[[500吨]]冷压机、两台[1850吨]热压机组成。            | 冷压机
            工程通过在全长[[522公里]]的沙漠公路两旁建设光伏电站。                | 沙漠公路全长
            今年全县种植[[300亩]]蔬菜。                                         | 种植蔬菜
            巴黎一个文化中心23日发生枪击，导致[[3人]]死亡多人受伤。              | 枪击死亡
            一处煤矿发生爆炸，事故已经造成[[至少30人]]死亡、[17人]受伤、[22人]失踪。 | 爆炸死亡
            一处煤矿发生爆炸，事故已经造成[至少30人]死亡、[[17人]]受伤、[22人]失踪。 | 爆炸受伤
            冲突还造成加沙地带[[2000多名]]学生和[70多名]教职人员死亡。            | 学生死亡
            冲突还造成加沙地带[2000多名]学生和[[70多名]]教职人员死亡。            | 教职人员死亡
            以色列的军事行动已造成[[超过17万人]]受伤。                            | 军事行动受伤
            持续近7个月的冲突已导致苏丹[[约610万人]]流离失所。                      | 苏丹流离失所
            连日强降雨天气造成新西兰[[超5万]]用户断电。                            | 新西兰用户断电
            为期[[40天]]的春运结束。                                               | 春运结束
            [[14亿多中国人/人]]的饭碗牢牢端在自己手中。                              | 中国人
            论坛设有主旨演讲、高端访谈、平行论坛等[[20余项]]活动。                   | 论坛活动
            浙江成立了由财政、交通、水利等[[10多个]]部门组成的协调小组。             | 部门组成
            海南自由贸易港、上海自由贸易试验区等[[21个]]自贸试验区。                  | 自贸试验区
            全县拥有省著名品牌[30个]、名牌[[12个]]。                                | 名牌
            环北部湾广东水资源配置工程全面开工。该工程全长[[超过490公里]]。          | 环北部湾广东水资源配置工程全长
            推进绿谷生态园建设项目，该项目2021年计划投资[[7500万元]]。               | 绿谷生态园建设项目计划投资
            田东县大力发展芒果产业。该县芒果种植面积[[40万亩]]。                    | 芒果种植面积
            美国多地恶劣天气致[5人]死亡[[100多人]]受伤                          | 恶劣天气受伤
            冲突已造成至少[97人]死亡、[[365人]]受伤。                           | 冲突受伤
            该国10日发生的强震已造成[[265人]]遇难、[3494人]受伤。                 | 强震遇难
            熊本县28日发生的地震已导致[14人]死亡、[[超过200人/人]]受伤、多人下落不明。 | 地震受伤
            河北已建成[[194个]]共享工厂，有超过[15000台]共享设备。                | 建成共享工厂
            从广州城区坐船[[2小时/小时]]可直达香港。                                 | 坐船可直达香港
            股价上涨[[5%]]创新高。                                              | 股价
            山东近日又出台[[18条]]举措。                                         | 出台举措
            郑商所纯碱期货主力合约跌停，跌幅为[[8.01%]]。                         | 郑商所纯碱期货主力合约跌幅
            今日头条日活跃用户达[[3亿人/人]]。                                    | 今日头条日活跃用户
            这样一艘船的价格超过了[[9000万美元/美元]]。                               | 船的价格
            后续，这[[10名]]预备航天员将进入中国航天员中心。                        | 预备航天员
            这部电影票房突破[[10亿元/元]]。                                       | 电影票房
            这一年全市GDP增长[[6.2%]]。                                          | 这一年全市GDP
            也门政府当天释放了[[105名]]被俘人员。                                  | 政府当天释放
            在河北石家庄，[[96座]]公园里红旗招展。                                 | 公园
            1-2月[[31个]]省市区一般公共预算收入全部增长。                         | 省市区一般公共预算收入
            俄国防部说，今天（10月30日）凌晨在黑海海域发现[[两艘/艘]]乌克兰无人艇。 | 黑海海域发现乌克兰无人艇
            [[50多万名/名]]驻村干部坚守乡村一线……截至今年9月底，累计帮扶[700万/名]人。 | 驻村干部坚守乡村一线
            全国首个中外合作开发区——苏州工业园区今年前7个月外贸进出口值历史首次突破[[1万亿元]]大关。 | 外贸进出口值
            高涨的观影热情和丰富的“电影+”活动带动今年电影全产业链产值突破[[3900亿元]]。 | 带动今年电影全产业链产值
            园区每年可带动贫困人口务工[[60余人]]。                              | 带动贫困人口务工
            项目建成后可带动就业人数[[2000人]]。                                | 带动就业人数
            京沪高铁北京——上海段客流量达到[[300万人次]]。                        | 京沪高铁北京——上海段客流量
            交通事故造成[[3人]]死亡。                                           | 交通事故死亡
            2024年过火面积超过[5.3万平方公里]，2023年更是达到[[17万多平方公里]]。     | 过火面积
            日本宫崎县8日发生[[7.1级]]地震。                                     | 地震震级
            北约[[20个]]成员国本月5日开始举行最大规模的海上演习。                  | 北约成员国
            伊朗[[两处]]重要能源设施14日晚遭袭。                                  | 重要能源设施
            一季度城市居民消费价格小幅下降，总指数同比下降[[0.5%]]。              | 城市居民消费价格总指数
            创业板大幅回调，指数为[[2100点/点]]。                                  | 指数
            公司上半年净利润大幅下跌[[35%]]。                                      | 公司上半年净利润
            居民消费价格小幅上涨，总指数同比上涨[[1.2%]]。                         | 居民消费价格总指数
            全县共有[[56名]]干部每日前往村里走访。                                 | 干部每日前往村
            其中症状明显[[3人]]，症状不明显[5人]。                                 | 症状明显
            全国[[3万名/名]]旅客节日前返乡。                                       | 全国旅客节日前返乡
            当地发生里氏[[6.8级]]强震。                                          | 强震震级
            当地发生[[5.1级]]余震。                                              | 余震震级
            嫌疑人向警察开枪造成[[二人]]死亡。                                   | 开枪死亡
            两列火车迎面撞上造成[[14人]]死亡。                                   | 两列火车迎面撞上造成死亡
            全县集中[[800亩]]土地发展产业。                                     | 集中土地发展产业
            项目总投资[5亿元]，占用耕地[[30亩]]。                               | 占用耕地
            全年实现社会消费品零售总额[803.1亿元]。按地域分，城镇实现[[747.1亿元]]；乡村实现[56亿元]。 | 城镇社会消费品零售总额
            全年实现社会消费品零售总额[803.1亿元]。按地域分，城镇实现[747.1亿元]；乡村实现[[56亿元]]。 | 乡村社会消费品零售总额
            省级体育比赛奖牌[252枚]（金牌[[88枚]]、银牌[84枚]）。              | 省级体育比赛金牌
            经济作物面积[3000亩]，其中烟叶[[1854亩]]。                         | 烟叶
            绿色食品种植面积达[37万公顷]，占总播种面积的[[49.3%]]。              | 绿色食品种植面积占总播种面积
            可再生能源新增装机[1.72亿千瓦]，同比增长[93%]，占新增装机的[[76%]]。  | 可再生能源新增装机占新增装机
            居住下降[0.4%]、生活用品及服务下降[[0.8%]]、交通和通信上涨[0.9%]。   | 生活用品及服务
            居住下降[0.4%]、生活用品及服务下降[0.8%]、交通和通信上涨[[0.9%]]。   | 交通和通信
            载有[57名]乘客和[[4名]]机组人员。                                  | 机组人员
            两驱为南围子村[500头]黄牛养殖基地及西街村[[140亩]]蔬菜大棚。       | 蔬菜大棚
            一产投资完成[4.4亿元]，增长[[230.7%]]（主要是生猪养殖项目带动）。    | 一产投资完成
            石灰石中碳酸钙含量高达[[51%以上]]，属高钙石灰岩。                   | 石灰石中碳酸钙含量
            报告显示，今年三季度日本实际国内生产总值(GDP)环比下降[[0.9%]]。      | 实际国内生产总值(GDP)
            2023年“五一档”电影票房共计[[15.19亿元]]，观影人次3763万。           | “五一档”电影票房
            公司预计总资产约为[11亿美元]，预计截至2021年9月30日总负债[[约为3.54亿美元]]。 | 预计总负债
            青海都兰县的[[20多万亩]]枸杞也进入采摘旺季。                         | 枸杞
            土耳其和叙利亚[[超3.5万人]]在地震中遇难。                           | 在地震中遇难
            浙江省一般预算收入[2042.5亿元]，位列全国第二；江西省也达到[[597.5亿元]]。 | 一般预算收入
            一名[[5岁左右]]的儿童和一名[30岁左右]的女子在被困后获救。            | 儿童年龄
            一名[5岁左右]的儿童和一名[[30岁左右]]的女子在被困后获救。            | 女子年龄
            1、公共财政预算收入完成[[58.2亿元]]，同比下降[2.9%]。               | 公共财政预算收入完成
            （六）地方财政收入增速达到[[19.8%]]。                              | 地方财政收入增速
            成交额[近5亿]，[近一个月]内涨[[超163%]]。                          | 近一个月内涨幅
            其中，在灾情严重的阿勒颇省就有[[235个]]避难所，但仍远远不够。      | 避难所
            像这样的旅游村寨，在文山州已经有[[30多个]]。                       | 像这样的旅游村寨
            日本实际国内生产总值环比下降[0.9%]，按年率计算降幅为[[3.6%]]。     | 按年率计算降幅
            1—5月份，工业控制计算机及系统产品产量增长[[33.4%]]。              | 工业控制计算机及系统产品产量
            采胜街道现有[[3家]]休闲旅游山庄、[1家]种植采摘园。                  | 休闲旅游山庄
            全镇现有农业合作社[[136个]]。                                      | 农业合作社
            全省现有确诊病例[[2947例]]。                                       | 现有确诊病例
            [[2万多亩]]油菜花陆续盛开。                                        | 油菜花
            目前仍欠会费[[2.6亿美元/美元]]。                                    | 欠会费
            现辖[5个]自然屯，总人口[[15944户]][38943人]。                      | 总户数
            现辖[5个]自然屯，总人口[15944户][[38943人]]。                      | 总人口
            辖[23个]行政村，总人口[7079户]、[[26629人]]。                       | 总人口
            共有[4645户]、[[12000人]]。                                       | 人数
            [[1300多万亩]]早稻开始陆续插秧。                                   | 早稻
            全镇有[8个]小二型水库[[10个]]塘坝，全年总蓄水量[107万立方米]。       | 塘坝
            共有[2.6万家]用人单位提供[[25.9万个]]岗位。                        | 岗位
            法国本土[96个]省中已有[[45个]]发布了林火橙色预警。                  | 省发布了林火橙色预警
            又抓获[3名]涉案人员，其中[[1人]]为俄公民，另[2人]为外国公民。         | 抓获涉案人员中的俄公民
            又抓获[3名]涉案人员，其中[1人]为俄公民，另[[2人]]为外国公民。         | 抓获涉案人员中的外国公民
            公司车载镜头的像素从[1MP]、[2MP]、[[5MP到8MP]]不等。               | 公司车载镜头的像素
            全县年采伐木材约[20000立方米]，其中：国有[[8000立方米]]。            | 国有年采伐木材
            工作[[三年]]，小樊已经摸排了这里的油井。                           | 工作时长
            医护人员分成[3个]组，[[七天]]值守。                                 | 值守时长
            他担任全国人大代表的[[12年]]间，提出建议[80多件]。                  | 他担任全国人大代表时间
            为期[[40天]]的春运结束。                                           | 春运结束
            他履职[[七年]]来，提出建议[80多件]。                                 | 他履职时间
            切实落实大病保险报销政策，补偿比例在上年度的基础上提高[[10%]]。      | 补偿比例
            装备制造业在沃尔沃带动下实现增加值[[9.5亿元]]，同比增长[39.7%]。     | 装备制造业实现增加值
            村级集体经济累计完成达[3万元以上]并在上一年的基础上增长[[10%以上]]。 | 村级集体经济累计完成
            它含有[18种]氨基酸、[13种]无机元素、[[9种]]维生素和多种复合多肽。     | 维生素
            在贵州[[88个]]县（市、区）中，有[66个]地方留下过红军的足迹。         | 县（市、区）
            网点开业后，附近乡镇的[[15个]]村从此有了家门口的银行网点。          | 村
            其中，超大型数据中心就有[[14个]]。                                  | 超大型数据中心
            《欢迎来龙餐馆》上映[不到三天]，票房已超[[4亿元]]。                   | 《欢迎来龙餐馆》票房
            制定发布了[三批]《鼓励仿制药品目录》，共[[89个]]品种。                | 《鼓励仿制药品目录》品种
            《规划》提出，全省新建学校[[120所]]。                                | 学校
            历经[[五年多]]建设，长征国家文化公园正式建成。                       | 建设时间
            经过[[两个]]周期的测试，芯片样品已经基本达到预期。                   | 经过周期的测试
            松花江哈尔滨段采冰工作启动，将持续[[一个半月左右/个月]]。                 | 松花江哈尔滨段采冰工作启动持续时间
            苏丹持续[[近一个月]]的武装冲突已经造成大量难民。                     | 武装冲突持续时间
            二是柳河县隆盛坤矿业有限公司 投资[[1000万元]]，在采矿点建设选矿设施。 | 隆盛坤矿业有限公司投资
            公司投资[[2亿元]]用于野山参产品研发。                                | 公司投资
            流域面积[20平方公里以上]河流[[9条]]。                                | 流域面积20平方公里以上河流
            部分地区降温[[12—14℃/℃]]。                                          | 部分地区降温幅度
            部分地区最高气温可达[[39℃到42℃/℃]]。                                 | 部分地区最高气温
            截至3月末，[[65%]]的监测对象已消除返贫风险，其余均落实了帮扶措施。   | 监测对象已消除返贫风险占比
            限额以上单位商品中，[[超八成/%]]类别零售额实现增长。                   | 类别零售额占比
            其中，[[超六成/%]]企业，把留抵退税资金用在了采购原材料上。             | 企业把留抵退税资金用在了采购原材料上占比
            特朗普宣布将对来自所有国家和地区的商品加征[[10%]]的关税。            | 特朗普宣布将对来自所有国家和地区的商品加征关税
            景区[[3000亩]]杏花，在无限春光中次第盛开。                           | 景区杏花
            结果显示[超60%/%]的参评企业，在[[半数以上]]关键业务中实现了精益管理。  | 关键业务中实现了精益管理
            主题为“品质家居”，集中展示家庭用品、礼品及装饰品、建材及家具[[三大板块]]。 | 展示板块
            展览由“领航”“铸魂”“建功”“成长”“变革”[[5个]]展厅组成。              | 展览展厅组成
            """)
    void labelsTheMeasuredThing(String marked, String expected) {
        assertEquals(expected, labelMarked(marked, null));
    }

    @Test
    void aChangeNamingNothingTakesThePreviousMetric() {
        assertEquals("社会消费品零售总额",
                labelMarked("9月份当月社会消费品零售总额[3.98万亿元]，同比增长[[5.5%]]。", Change.INCREASE));
        assertEquals("农村公路总里程",
                labelMarked("农村公路总里程从2014年底的[388.16万公里]增长到了[[460万公里]]。", null));
        assertEquals("通过QS认证的山葡萄酒企业", labelMarked(
                "截至目前，柳河县通过QS认证的山葡萄酒企业有雪兰山、华龙、华特、斯普瑞、伽裕红、源之王等总计[[23户/户]]企业，可生产甜酒。", null),
                "the bare noun after a list is the subject named before it");
        assertEquals("农民人均可支配收入实际",
                labelMarked("前三季度农民人均可支配收入达[15705元]，实际增长[[7.3%]]。", Change.INCREASE));
    }

    @Test
    void aChangeStatedAgainstItsBaseIsAChangeOfTheThingBefore() {
        assertEquals("固定资产投资比2019年1-7月",
                labelMarked("西安市固定资产投资同比增长[7.4%]，比2019年1-7月增长[[20.5%]]。", Change.INCREASE));
        assertEquals("限额以上企业消费品零售额两年平均",
                labelMarked("西安市限额以上企业消费品零售额[1465.32亿元]，两年平均增长[[2.5%]]。", Change.INCREASE));
        assertEquals("六大国有银行粮食重点领域贷款余额较年初", labelMarked(
                "截至4月末，六大国有银行粮食重点领域贷款余额[7604.86亿元]，较年初增加[[25.13%]]。", Change.INCREASE));
        assertEquals("规模以上工业增加值比1-6月加快",
                labelMarked("规模以上工业增加值同比增长[5.8%]，比1-6月加快[[0.7个百分点]]。", Change.INCREASE));
    }

    @Test
    void aRateAloneKeepsTheBaseItChangedAgainst() {
        assertEquals("增速比上年", labelMarked("第一产业实现增加值[185亿元]，同比增长[8.5%]，增速比上年提高[[1.5个百分点]]。",
                Change.INCREASE));
        assertEquals("增速比同期", labelMarked("农村居民人均可支配收入[5436元]，同比增长[5.4%]，增速比同期提高[[0.4个百分点]]。",
                Change.INCREASE));
    }

    @Test
    void aChangeFramedByATimeSpanIsOfTheThingBeforeTheSpan() {
        assertEquals("人均年收入",
                labelMarked("2024年人均年收入[超过26000元]，[12年]间增长了[[20多倍]]。", Change.INCREASE));
    }

    @Test
    void aStreakIsNamedByTheConditionThatHeld() {
        assertAgrees("占全部规上工业比重连续超过30%",
                labelMarked("累计增加值占全部规上工业比重达[35.9%]，已连续[[31个月]][超过30%]。", null));
    }

    @Test
    void examplesBeforeTheHeadNounAreDropped() {
        assertAgrees("累计夜间客流量", labelMarked("其中，南京秦淮河夫子庙片区、长沙五一商圈、西安城墙景区等多个集聚区“五一”假期"
                + "累计夜间客流量均已[[超100万人次]]。", null));
    }

    @Test
    void aPartNamedByItsLastWordsTakesTheFullName() {
        assertEquals("最终消费支出对经济增长贡献率",
                labelMarked("前三季度，最终消费支出对经济增长贡献率达[83.2%]。其中，三季度贡献率达[[94.8%]]。", null));
    }

    @Test
    void aSiblingInsideAPairedWordIsNoPart() {
        assertEquals("出口", labelMarked("对中亚五国进出口[3120.4亿元]。其中，出口[[1881.8亿元]]，同比增长[5.6%]。", null));
    }

    @Test
    void aPartTakesTheFullNameButNotTheForecastOfThePreviousFact() {
        assertEquals("总负债", labelMarked("预计截至2021年9月30日总负债[约为3.54亿美元]，2020年末总负债[[约为8.96亿美元]]。", null));
    }

    @Test
    void aLevelWithTheTopicInThePreviousClauseTakesTheTopic() {
        assertEquals("他家承包的土地面积",
                labelMarked("如今，他家承包的土地面积，从原来的[[1000多亩]]扩大到了[3000多亩]。", null));
    }

    @Test
    void labelsCloseToGoldWhereWordingDiffers() {
        assertAgrees("获评红旗户的农户", labelMarked("[128个]屯[[250户]]农户获评“红旗屯”“红旗户”。", null));
        assertAgrees("获评红旗乡镇的乡镇", labelMarked("[[2个]]乡镇获评“红旗乡镇”。", null));
        assertAgrees("出行人数", labelMarked("五天时间，[[近3亿人]]出行。", null));
        assertAgrees("现价", labelMarked("现报[[17.74港元]]，总市值[225亿港元]。", null));
        assertAgrees("连续回升", labelMarked("增速比8月份加快[0.9个百分点]，连续[[2个月]]回升。", null));
        assertAgrees("6月通胀率", labelMarked("德国7月通胀率为[2.3%]，高于6月的[[2.2%]]。", null));
    }

    @Test
    void aRankingHeadingNamesTheChangesAndBarePredicatesListedUnderIt() {
        assertEquals("投资增速", labelMarked(
                "1．地级市1—7月投资增速前二名：中卫市增长[[36.4%]]，吴忠市增长[7.5%]。", Change.INCREASE));
        String ranking = "2．地级市重大项目投资完成率前二名：吴忠市计划投资[232亿元]，完成[63.5%]；固原市计划投资[59亿元]，完成[58.9%]。";
        assertEquals("地级市重大项目投资完成率", labelMarked(ranking.replace("[63.5%]", "[[63.5%]]"), null));
        assertEquals("计划投资", labelMarked(ranking.replace("[59亿元]", "[[59亿元]]"), null));
    }

    @Test
    void aBreakdownHeadingNamesTheAmountsEndingItsItems() {
        String breakdown = "截至7月底未开工项目共[5个]，按责任单位（主管单位）划分分别是：银川市[2个]，银川市一体化绿色交通建设项目；"
                + "吴忠市[1个]，吴忠太阳山开发区热电联产项目。";
        assertEquals("未开工项目", labelMarked(breakdown.replace("[1个]", "[[1个]]"), null));
    }

    @Test
    void functionWordsAndDatesNameNothing() {
        assertEquals("国债", labelMarked("美国国债首次[超过32万亿美元/美元]，于15日达到[[32.04万亿美元/美元]]。", null));
        assertEquals("用于能源部国家安全计划开支", labelMarked("包括用于国防部开支的[7400亿美元/美元]、用于能源部国家安全计划开支的"
                + "[[278亿美元/美元]]以及用于国防相关活动开支的[3.78亿美元/美元]。", null));
        assertEquals("居住", labelMarked(
                "食品烟酒下降[1.9%]、衣着下降[9.4%]、居住下降[[0.4%]]、生活用品及服务下降[0.8%]。", Change.DECREASE));
    }

    @Test
    void aQuotedLevelIsOfWhatMoved() {
        assertEquals("恒指报价", labelMarked("港股主要指数高开低走，恒指午间收跌[0.12%]报[[23954点]]，成交额[672.03亿港元]。", null));
        assertEquals("现价", labelMarked("海伦司(09869.HK)涨超[10%]，现报[[17.96港元]]。", null), "a stock quoted by its code");
        assertEquals("沪指收盘价", labelMarked("A股三大指数今日集体走强，其中沪指收盘上涨[1.18%]，收报[[3637.57点]]；", null));
    }

    @Test
    void placesListedAsExamplesLeaveTheVerbBeforeThem() {
        assertAgrees("出境可通达国家", labelMarked("经中欧班列东通道出境可通达俄罗斯、德国、比利时等[[13个]]国家。", null));
        assertAgrees("入境班列到达城市", labelMarked("入境班列主要到达国内哈尔滨、沈阳、西安、成都等[[60个]]城市。", null));
    }

    @Test
    void aSecondRespectivelyGoesOnWithTheItemsOfTheFirst() {
        String text = "饮料类、烟酒类商品零售分别增长[68.6%]和[46.3%]，两年分别平均增长[33.9%]和[9.5%]。";
        assertAgrees("饮料类两年平均增长", labelMarked(text.replace("[33.9%]", "[[33.9%]]"), Change.INCREASE));
        assertAgrees("烟酒类商品零售两年平均增长", labelMarked(text.replace("[9.5%]", "[[9.5%]]"), Change.INCREASE));
    }

    @Test
    void respectivelyWithoutItemsPairsTheAmountsStatedBefore() {
        String text = "4月全国期货市场成交量为[6.72亿手]，成交额为[44.16万亿元]，同比分别增长[43.26%]和[8.09%]。";
        assertEquals("全国期货市场成交量", labelMarked(text.replace("[43.26%]", "[[43.26%]]"), Change.INCREASE));
        assertEquals("成交额", labelMarked(text.replace("[8.09%]", "[[8.09%]]"), Change.INCREASE));
        assertEquals("新签合同额占比", labelMarked("完成营业额[1164.8亿元人民币/元]，新签合同额[1748.9亿元人民币/元]，"
                + "分别占同期总额的[53.7%]和[[59.2%]]。", null));
    }

    @Test
    void everyPlaceOfALongBreakdownTakesTheWholesMeasure() {
        String text = "集体林面积为81934公顷，其中：柳河镇10069公顷，五道沟镇4203公顷，驼腰岭镇3376公顷，安口镇12158公顷，"
            + "向阳镇8617公顷，红石镇5761公顷，柳南乡6866公顷，孤山子镇3711公顷，时家店乡4232公顷，亨通镇2080公顷。";
        List<Quantity> quantities = new QuantityRecognizer().find(text).stream().filter(q -> q.unit().equals("公顷")).toList();
        List<String> labels = labeler.labels(text, quantities);
        assertEquals(11, labels.size());
        assertEquals("集体林面积", labels.get(0));
        assertEquals(List.of("集体林面积"), labels.subList(1, 11).stream().distinct().toList(),
            "each of the ten places borrows the whole's measure, the last as the first");
    }

    @Test
    void aVagueAmountsDigitsNameNothing() {
        assertEquals(List.of("家电卖场、家电产品品牌集中走进社区"), labelsOfFound("十几个家电卖场、家电产品品牌集中走进社区。"));
        assertEquals(List.of("气温已经降"), labelsOfFound("当地气温已经降到了零下十几度。"));
        assertEquals(List.of("民众被迫撤离"), labelsOfFound("数千民众被迫撤离。"));
        assertEquals(List.of("不过夜游客人数"), labelsOfFound("不过夜游客人数增长了30%。"), "不过 is a verb there");
    }

    @Test
    void aKindOfVillageIsCountedNotPlaced() {
        assertEquals("示范村", labelMarked("河南将创建乡村建设示范县[20个]、示范乡镇[100个]、示范村[[1000个]]。", null),
            "示范村 is in the table as a village, but counts a kind");
        assertEquals("农户", labelMarked("长寨村有农户[[300户]]。", null), "a named village still opens no label");
    }

    @Test
    void aDayBetweenAGroupAndWhatItDidDatesTheDeed() {
        assertEquals("部门联合印发",
            labelMarked("生态环境部等[[16个]]部门近日联合印发《关于推进美丽乡村建设的实施意见》。", null), "the title is no label");
        assertEquals("高速公路实现通车",
            labelMarked("湖南平伍、伍益、益常北、南益五条高速公路昨天（11月28日）实现通车。".replace("五条", "[[五条/条]]"), null));
        assertEquals("宇航员", labelMarked("[[3名]]宇航员今天返回地面。", null), "no examples open the clause");
    }

    @Test
    void aSpanIsNamedByTheTermImposedOrTheStateSuffered() {
        assertAll(
            () -> assertEquals("紧急状态", labelMarked("政府25日宣布多个地区进入为期[[60天]]的紧急状态。", null), "a term imposed"),
            () -> assertEquals("换俘行动完成", labelMarked("为期[[三天/天]]的换俘行动完成。", null), "no one imposes it"),
            () -> assertEquals("被困时间", labelMarked("一名儿童在被困[[超过150个小时/小时]]后获救。", null), "a passive state"),
            () -> assertEquals("被困时间", labelMarked("他被困已[[3天]]。", null), "its 已 is no part of it"));
    }

    @Test
    void aCountOfThingsEndsBeforeHowOrWhenceTheyAct() {
        assertAll(
            () -> assertEquals("土特产", labelMarked("[200公里之内/公里][[60多种/种]]土特产[3天之内/天]便能加工成各类美食。", null), "便"),
            () -> assertEquals("大型国际机场的综合交通枢纽集群",
                labelMarked("北京成为拥有“[八个]一类铁路客运站和[[两个]]大型国际机场的综合交通枢纽集群”的城市。", null),
                "a quotation describing the noun after it ends the counted noun"),
            () -> assertEquals("新西兰用户断电", labelMarked("恶劣天气造成新西兰[[超5万用户/户]]断电。", null), "a weather event names no effect"),
            () -> assertEquals("枪击死亡", labelMarked("枪击造成[[4人]]死亡。", null), "an event word keeps its casualties"));
    }

    @Test
    void examplesAFittingListAndPraiseAreNoPartOfTheThingMeasured() {
        assertAll(
            () -> assertEquals("专业技术服务业", labelMarked("以研发中心为特色的专业技术服务业同比增长[[43.4%]]。", Change.INCREASE)),
            () -> assertEquals("发酵酒", labelMarked("增幅较大的有发酵酒，增长[[87%]]。", Change.INCREASE)),
            () -> assertEquals("残疾人运动员", labelMarked("[[3000多名]]残疾人运动员勇于挑战、超越自我、顽强拼搏。", null)));
    }

    @Test
    void sizesWrittenBeforeAnAmountOrChangedByAVerbNameTheirThing() {
        assertAll(
            () -> assertEquals("安全区纵深", labelMarked("建立纵深[[30公里]]的安全区。", null)),
            () -> assertEquals("绿色屏障东西宽", labelMarked("筑起了一道东西宽[[30公里]]、南北长[61公里]的绿色屏障。", null)),
            () -> assertEquals("绿色屏障南北长", labelMarked("筑起了一道东西宽[30公里]、南北长[[61公里]]的绿色屏障。", null)),
            () -> assertEquals("河长", labelMarked("河长[[19.9公里]]，流域面积[30平方公里]。", null), "a river's length"),
            () -> assertEquals("住宅楼层数", labelMarked("一栋[[33层]]的住宅楼起火。", null)),
            () -> assertEquals("层压机层数", labelMarked("公司拿下[[24层]]层压机订单。", null)),
            () -> assertEquals("该堤坝加高前高度", labelMarked("该堤坝由[[3米]]加高至[5米]。", null)),
            () -> assertEquals("该堤坝加高后高度", labelMarked("该堤坝由[3米]加高至[[5米]]。", null)),
            () -> assertEquals("产量", labelMarked("产量由[[3吨]]提高到[5吨]。", null), "no verb of a size"));
    }

    @Test
    void pricesWorksAndTripsNameTheirDealThingAndEnds() {
        assertAll(
            () -> assertEquals("回购价格", labelMarked("公司拟以每股[[10元]]的价格回购股份。", null)),
            () -> assertEquals("改造提升高标准农田", labelMarked("新建高标准农田[255万亩/亩]、改造提升[[280万亩/亩]]。", null)),
            () -> assertEquals("改造农村公路", labelMarked("新建农村公路[120公里]，改造[[80公里]]。", null)),
            () -> assertEquals("旱田喷灌", labelMarked("新建膜下滴灌[61万亩/亩]、旱田喷灌[[27.9万亩/亩]]。", null), "a thing of its own"),
            () -> assertEquals("新光村与县城距离", labelMarked("四川省眉山市青神县的新光村与县城距离[[5公里]]。", null)),
            () -> assertTrue(labelMarked("将阿勒泰市与“童话雪乡”禾木村的车程从[[6小时]]缩短至[3小时]。", null).startsWith("阿勒泰市"),
                "a trip keeps its first end"));
    }

    @Test
    void spansNameTheDeedDoneAgainForTheFirstTimeOrTakingThem() {
        assertAll(
            () -> assertEquals("蔡旭哲再度漫步太空时隔", labelMarked("蔡旭哲时隔[[两年/年]]再度漫步太空。", null)),
            () -> assertEquals("中国队再次收获银牌时隔", labelMarked("中国队时隔[[16年]]再次收获一枚银牌。", null), "an article is dropped"),
            () -> assertEquals("距上次喷发时间", labelMarked("世界最大活火山[[38年]]来首次喷发。", null)),
            () -> assertEquals("完成了改造用时", labelMarked("团队用[[两年/年]]时间完成了改造。", null)));
    }

    @Test
    void theSessionsLabelRulesKeepTheirBounds() {
        assertAll(
            () -> assertEquals("企业拥有的有效发明专利", labelMarked("截至年底，企业拥有的有效发明专利达到[[1200件]]。", null), "有 opening a word"),
            () -> assertEquals("投资人工智能、生物医药、集成电路", labelMarked("今年投资人工智能、生物医药、集成电路[[350亿元/元]]。", null),
                "a list a verb takes is no praise"),
            () -> assertFalse(labelMarked("公司拟以每股[[5元]]的价格向激励对象授予限制性股票。", null).endsWith("向激价格"), "no deal verb"),
            () -> assertEquals("产品保修期", labelMarked("产品保修期从[[1年]]延长至[3年]。", null), "a span lengthened is no size"),
            () -> assertEquals("俄亥俄州立大学学生人数", MetricLabeler.withoutForeignDivision("俄亥俄州立大学学生人数", "俄亥俄州")),
            () -> assertFalse(labelMarked("这笔费用[[3年]]时间内付清。", null).endsWith("用时"), "a deadline, no time spent"),
            () -> assertFalse(labelMarked("该市计划用[[5年]]时间，使城镇化率达到[70%]。", null).startsWith("使"), "a result, no deed"),
            () -> assertEquals("从犯被判处有期徒刑", labelMarked("共有[[12名]]从犯被判处有期徒刑。", null), "a noun opening with 从"),
            () -> assertEquals("改造", labelMarked("对新建小区实施绿化[300处]、改造[[200处]]。", null), "a described object lends no thing"),
            () -> assertEquals("楼房层数", labelMarked("一栋[[32层]]楼房起火。", null), "the whole head noun"),
            () -> assertEquals("核电发电量", labelMarked("法国核电发电量下降了[[20%]]。", Change.DECREASE), "a country's nuclear power"));
    }

    @Test
    void joinedAndExistentialSubjectsLongListsAndMovesToALevel() {
        assertAll(
            () -> assertEquals("市州与非洲国家建立对口合作机制", labelMarked("湖南[[14个]]市州与[28个]非洲国家建立对口合作机制。", null)),
            () -> assertEquals("专利", labelMarked("目前已有[[32项]]专利和[8项]技术成功转化。", null), "和 lists, 与 joins"),
            () -> assertEquals("袭击者在交火中受伤", labelMarked("警方打死[4名]袭击者，另有[[6名]]袭击者在交火中受伤。", null)),
            () -> assertEquals("拥有企业", labelMarked("该市拥有[[200家]]企业。", null), "拥有 takes an object"),
            () -> assertEquals("举办活动", labelMarked(
                "全市共举办徒步、骑行、垂钓、露营、观鸟、采摘、民俗表演、篝火晚会、冰雕观赏、雪地足球等[[十余项/项]]活动。", null)),
            () -> assertEquals("油价", labelMarked("油价降至[[57美元]]。", null)),
            () -> assertEquals("增速", labelMarked("增速放缓至[[3%]]。", null)),
            () -> assertEquals("普及率", labelMarked("普及率将提升至[[88%]]。", null), "提升 keeps its 升"),
            () -> assertEquals("失业率跳升", labelMarked("受冷空气影响，失业率跳升至[[5.2%]]。", null), "no stray 跳"),
            () -> assertEquals("一年期贷款利率再降", labelMarked("央行宣布，一年期贷款利率再降至[[3.1%]]。", null), "no stray 再"));
    }

    private List<String> labelsOfFound(String text) {
        List<Quantity> quantities = new QuantityRecognizer().find(text);
        return quantities.stream().map(q -> labeler.label(text, q, quantities)).toList();
    }

    @Test
    void aFirmIsTheDoerNamedByItsShortNameNotTheThing() {
        assertEquals("启城水泥制品投资", labelMarked("柳河县启城水泥制品有限公司投资[[600万元]]建设市政工程预制井生产线和新型模具项目。", null));
        assertAgrees("累计合同销售金额", labelMarked(
                "今年前11个月，集团连同其合营公司及联营公司实现累计合同销售金额约人民币[[977.79亿元]]。", null));
        assertEquals("第一产业实现增加值", labelMarked("第一产业实现增加值[[153.6亿元]]。", null));
    }

    @Test
    void wordsNamingTooLittleTakeTheirTopic() {
        assertEquals("通过免签入境的人数", labelMarked(
                "其中通过免签入境的人数占比[52%]，[[超过850万人次/人次]]，大部分是来华旅游外国人。", null));
        assertEquals("扶贫专项助学金标准", labelMarked("（1）扶贫专项助学金，标准为[[1000元]]；", null));
    }

    @Test
    void anAttributeAloneTakesTheThingTheSentenceOpensWith() {
        String item = "一是晟源休闲山庄，投资[约500万元]，2007年建设完成，建筑面积[730平方米/平方米]，占地面积[3400平方米/平方米]。";
        assertEquals("晟源休闲山庄投资", labelMarked(item.replace("[约500万元]", "[[约500万元]]"), null));
        assertEquals("晟源休闲山庄建筑面积", labelMarked(item.replace("[730平方米/平方米]", "[[730平方米/平方米]]"), null));
        assertEquals("恒亿矿业有限公司占地面积",
                labelMarked("恒亿矿业有限公司位于腰站村，公司成立于2013年，占地面积[[45亩]]。", null));
        assertEquals("投资", labelMarked("五条高速公路实现通车，总里程[247公里]，投资[[344亿元]]。", null),
                "an opening clause stating an amount or an event is no topic");
        assertEquals("总投资", labelMarked("工程主要采取隧洞引水的开发方式，总投资[[约1.2万亿元]]。", null));
    }

    @Test
    void anAttributeOpeningItsClauseIsOfTheThingOfTheFactBeforeIt() {
        assertEquals("规划国家公园候选区总面积",
                labelMarked("我国规划了[49个]国家公园候选区，总面积[[约110万平方公里]]。", null));
        assertEquals("福军玉米烘干加工厂年产值",
                labelMarked("福军玉米烘干加工厂年生产量[约2万吨]，年产值[[5000万元]]。", null), "without the fact's own measure");
        assertEquals("总面积", labelMarked("街道下辖[3个]社区，[3个]村，总面积[[26.45平方公里]]。", null),
                "the parts a place governs are not what its attribute is of");
        assertEquals("辖区内建成产业园总面积", labelMarked("辖区内建成[3个]产业园，总面积[[500亩]]。", null),
                "a district governs nothing");
        assertEquals("实施通组公路硬化投资", labelMarked("实施通组公路硬化[265.41公里]，总计投资[[1.5925亿元]]。", null),
                "after a total marker");
        assertEquals("总投资", labelMarked("今年，传化已经上新了[10多个]项目，总投资[[百亿元/元]]。", null),
                "a deed done names no thing");
    }

    @Test
    void theToAmountOfAChangeIsOfWhatChanged() {
        String text = "我市的农民专业合作社由[十年]前的[不足百个]发展到目前的[1735个]。";
        assertEquals("农民专业合作社", labelMarked(text.replace("[不足百个]", "[[不足百个]]"), null));
        assertEquals("农民专业合作社", labelMarked(text.replace("[1735个]", "[[1735个]]"), null));
        assertEquals("该股目标价", labelMarked("该股目标价从[164美元/美元]上调至[[200美元/美元]]。", null));
        assertEquals("企业享受到", labelMarked("政策实施以来，有[[395.7万户/户]]企业享受到[196.8亿元]。", null), "no change without 由 or 从");
        assertEquals("在轨卫星数量", labelMarked("我国在轨卫星数量已经超过[900颗]，相比[十年]前，增长了[[9倍]]。", Change.INCREASE));
    }

    @Test
    void progressAndReachAreOfTheFactBefore() {
        assertEquals("冬小麦播种面积进度", labelMarked("冬小麦播种面积已经[超过3000万亩]，进度[[超过98%]]。", null));
        assertEquals("南水北调工程累计调水惠及", labelMarked("南水北调工程累计调水[超830亿立方米/立方米]，惠及[[1.95亿人]]。", null));
    }

    @Test
    void aClauseEndingInDeBeforeTheAmountDescribesTheNounAfterIt() {
        assertEquals("香菇大棚", labelMarked("[70公里]外，由骆驼湾村帮扶运营的[[18栋]]香菇大棚正处于收获期。", null));
        assertAgrees("服务周边农户土地", labelMarked("还服务着周边农户的[[4000多亩]]地。", null));
        assertEquals("全国农村自来水普及率", labelMarked("全国农村自来水普及率从[84%]提升到[[96%]]。", null));
    }

    @Test
    void aPlaceAloneTakesThePreviousThingOnlyWhenNothingIsNamedAfterTheAmount() {
        assertEquals("债务", labelMarked("美国国债首次超过[32万亿美元/美元]。在未来[30年]，美国还将增加[[127万亿美元/美元]]债务。", null));
        assertEquals("连续处于扩张区间", labelMarked("制造业采购经理指数为[50.2%]，连续[[21个月]]处于扩张区间。", null));
        assertEquals("连续稳定在8000亿斤以上", labelMarked("各类企业累计收购粮食达到[8300亿斤]，连续[[三年]]稳定在[8000亿斤以上]。", null));
        assertEquals("脱贫人口务工就业规模", labelMarked("脱贫人口务工就业规模连续[5年]稳定在[[3000万人以上]]。", null),
                "a streak says how long, not what");
        assertEquals("粮食产量", labelMarked("粮食产量连续[9年]稳定在[[1.3万亿斤以上]]。", null));
        assertEquals("再生水利用设施", labelMarked("该市将有[[5座]]再生水利用设施。", null), "再生 is a word, not 再");
        assertEquals("", labelMarked("在新疆的阿拉山口，[[1个小时左右/小时]]，就有一列中欧班列驶出。", null),
                "a clause naming only where names no thing");
        assertEquals("居民收入将继续", labelMarked("居民收入将继续增长[[6%]]。", Change.INCREASE), "将 is \"will\" before an adverb");
        assertEquals("出席本次峰会的外国元首", labelMarked("出席本次峰会的外国元首达到[[30位]]。", null), "元首 keeps its 首");
        assertEquals("粮食产量连续", labelMarked("该省粮食产量连续[5年]增长，今年达到[[600亿斤]]。", null),
                "a streak of another clause leaves its thing to the amount after it");
        assertEquals("联邦基金利率目标区间", labelMarked("美联储将联邦基金利率目标区间上调[[25个基点/基点]]。", Change.INCREASE),
                "the unit is kept without its 个, which names nothing; the thing changed follows 将");
        assertEquals("单位国内生产总值二氧化碳排放将降", labelMarked("单位国内生产总值二氧化碳排放将降[[17%]]。", Change.DECREASE),
                "将 is \"will\" before a verb");
        assertEquals("利率", labelMarked("利率上调了[25个基点/基点]，到[[5%至5.25%]]之间。", null), "之间 closes the range");
    }

    @Test
    void aCauseLeavesItsVerbBehind() {
        assertEquals("发生枪击", labelMarked("美国芝加哥[5小时]发生[[11起]]枪击致[4人]死亡", null));
        assertEquals("枪击死亡", labelMarked("美国芝加哥[5小时]发生[11起]枪击致[[4人]]死亡", null));
    }

    @Test
    void votesAreCountedByTheirStance() {
        String vote = "国会众议院以[363票]赞成、[70票]反对的结果通过了国防授权法案。";
        assertEquals("赞成票", labelMarked(vote.replace("[363票]", "[[363票]]"), null));
        assertEquals("反对票", labelMarked(vote.replace("[70票]", "[[70票]]"), null));
    }

    @Test
    void notesInBracketsAndUnitsLeaveTheLabel() {
        assertEquals("计划投资", labelMarked("银川市（不含宁东）计划投资[[258亿元]]，完成[52%]。", null));
        assertEquals("中职学校", labelMarked("2.中职学校（一、二年级）（[[1900元]]）", null));
        assertEquals("松花江二级支流三统河自西南向东北流经境内",
                labelMarked("松花江二级支流三统河（中段）自西南向东北流经境内[[14.8千米/千米]]。", null));
    }

    @Test
    void anAmountInBracketsIsNamedInsideThemOrBeforeThemWhenTheyNameNothing() {
        String herd = "现有[320头]牛（[20头]奶牛）、年繁殖小牛（[100头]），葡萄种植合作社[1个]。";
        assertEquals("牛", labelMarked(herd.replace("[320头]", "[[320头]]"), null));
        assertEquals("奶牛", labelMarked(herd.replace("[20头]", "[[20头]]"), null));
        assertEquals("年繁殖小牛", labelMarked(herd.replace("[100头]", "[[100头]]"), null));
        String area = "建筑面积[730平方米/平方米](含养殖场[220平方米/平方米])，森林面积[16650亩]（补植补造[113亩]）。";
        assertEquals("建筑面积", labelMarked(area.replace("[730平方米/平方米]", "[[730平方米/平方米]]"), null));
        assertEquals("含养殖场", labelMarked(area.replace("[220平方米/平方米]", "[[220平方米/平方米]]"), null));
        assertEquals("森林面积", labelMarked(area.replace("[16650亩]", "[[16650亩]]"), null));
        assertEquals("补植补造", labelMarked(area.replace("[113亩]", "[[113亩]]"), null));
        assertEquals("家庭年人均纯收入低于国家扶贫标准", labelMarked("家庭年人均纯收入低于国家扶贫标准（2017年预计为[[3335元]]）。", null));
        assertEquals("液体乳", labelMarked("增幅较大的有汽车（增长[35.8%]）、液体乳（增长[[51.8%]]）等。", Change.INCREASE));
        assertEquals("有序调度联合收割机", labelMarked("各地有序调度[[15万台/台]]（套）联合收割机。", null));
        assertEquals("完成建设安置房", labelMarked("完成建设安置房[[1469套]]（其中：长寨街道[204套]、广顺镇[400套]）。", null));
        assertEquals("贫困人口", labelMarked("[38个]贫困村（2016年出列花红村，贫困村名单见附表）现有贫困人口[1.24万户][[4.09万人]]。", null));
        assertTrue(labelMarked("全国[[31个]]省（自治区、直辖市）已出台方案。", null).contains("省（自治区、直辖市）"),
                "a note without an amount stays with its noun");
    }

    @Test
    void withoutTheOtherQuantitiesAmountsAreSpottedInTheText() {
        String text = "标题\n其中：男性人口6584人，女性人口5914人。194名队员平均年龄为39岁。";
        assertEquals("女性人口", labeler.label(text, quantity(text, "5914人", "人", null)));
        assertEquals("队员平均年龄", labeler.label(text, quantity(text, "39岁", "岁", null)));
    }

    @Test
    void nothingToNameGivesEmptyLabel() {
        String text = "标题\n约[[30]]。".replace("[", "").replace("]", "");
        assertEquals("", labeler.label(text, quantity(text, "30", "", null)));
    }

    private static void assertAgrees(String gold, String label) {
        assertTrue(Dice.agree(label, gold), label + " vs gold " + gold + ": " + Dice.of(label, gold));
    }

    /** Labels the [[marked]] amount, knowing all [marked] ones. */
    @Test
    void bareCountsUnderAHeadingLineCountWhatItNames() {
        String text = "标题\n（三）深度贫困人口\n6303户，25039人。";
        List<Quantity> all = List.of(quantityAt(text, "6303户", "户"), quantityAt(text, "25039人", "人"));
        assertEquals(List.of("深度贫困人口户数", "深度贫困人口"), labeler.labels(text, all));
        String topic = "标题\n一、基本情况\n5469户，13890人。";
        List<Quantity> counts = List.of(quantityAt(topic, "5469户", "户"), quantityAt(topic, "13890人", "人"));
        assertEquals(List.of("户数", "人数"), labeler.labels(topic, counts), "a topic heading names no thing");
        String byline = "标题\n责任编辑\n5469户，13890人。";
        List<Quantity> bare = List.of(quantityAt(byline, "5469户", "户"), quantityAt(byline, "13890人", "人"));
        assertEquals(List.of("户数", "人数"), labeler.labels(byline, bare), "an unnumbered line is no heading");
    }

    @Test
    void itemLinesUnderAHeadingThatCountsThemCountWhatItNames() {
        String text = "标题\n（二）深度贫困村：24个（具体情况见附表）\n1.长寨街道4个：磨油村、杉木村；\n2.广顺镇2个：鼠场村、湾河村；";
        List<Quantity> all = List.of(quantityAt(text, "24个", "个"), quantityAt(text, "4个", "个"), quantityAt(text, "2个", "个"));
        assertEquals(List.of("深度贫困村", "深度贫困村", "深度贫困村"), labeler.labels(text, all));
        String otherUnit = "标题\n（二）深度贫困村：24个\n1.长寨街道400户：磨油村、杉木村；";
        assertEquals(List.of("深度贫困村", "户数"),
            labeler.labels(otherUnit, List.of(quantityAt(otherUnit, "24个", "个"), quantityAt(otherUnit, "400户", "户"))),
            "items in another unit count something else");
    }

    @Test
    void placesPassedAreCountedByWhatPassesThem() {
        // the count of places a river or a road runs through has no noun: it takes the thing of the fact before, else
        // the noun opening the sentence
        assertEquals("京杭大运河苏南段流经市",
            labelMarked("京杭大运河苏南段全长[212.2公里]，流经镇江、常州、无锡、苏州[[四市/市]]。", null));
        assertEquals("太原西北二环高速公路串联起县",
            labelMarked("太原西北二环高速公路全部建成，预计[12月9日/日]通车，将串联起太原、吕梁、忻州[三市/市][[五县/县]]。", null));
    }

    @Test
    void aBareMeasureOpeningItsClauseIsOfTheThingOfTheFactBefore() {
        String magnitude = "前7个月，全国PM2.5平均浓度同比下降1.8微克/立方米，下降幅度达6.2%；";
        Quantity change = quantity(magnitude, "1.8微克/立方米", "微克/立方米", Change.DECREASE);
        Quantity size = quantity(magnitude, "6.2%", "%", null);
        assertAll(
            () -> assertEquals("每栋草莓大棚利润", labelMarked("[2020年/年]每栋草莓大棚收入[13万元以上/元]，利润达[[10万元/元]]。", null),
                "a sibling measure in the same unit"),
            () -> assertEquals("全国PM2.5平均浓度下降幅度", labeler.label(magnitude, size, List.of(change, size)),
                "a change's magnitude is of what changed"),
            () -> assertEquals("全国新开工重大水利工程总投资规模", labelMarked(
                "今年一季度，全国新开工[11项]重大水利工程，总投资规模比去年同期增加[[252亿元/元]]。", Change.INCREASE),
                "a compound attribute"),
            () -> assertEquals("地区生产总值现价总量", labelMarked(
                "一季度全市实现地区生产总值[626.9亿元/元]，现价总量比同期增加[[73.5亿元/元]]。", Change.INCREASE),
                "the size of a measure itself"),
            () -> assertEquals("镇域红石河全长", labelMarked("镇域红石河为三统河源头，全长[[19.9公里]]。", null),
                "the topic a copula clause names"),
            () -> assertEquals("总量", labelMarked("全国铁路发送旅客[9049万人次/人次]、民航[941.2万人次/人次]，总量为[[2亿6971.6万人次/人次]]。", null),
                "the total of a list is no item's"),
            () -> assertEquals("减税规模", labelMarked("专项附加扣除标准提高，惠及[约6700万人/人]，减税规模超过[[700亿元/元]]。", null),
                "people reached own no money"));
    }

    @Test
    void deadlinesSchemeRatesListsAndBatchesNameTheirAmounts() {
        assertAll(
            () -> assertEquals("10月底前完成", labelMarked("按照9月底前，完成[25%以上/%]，10月底前，完成[[50%以上/%]]。", null),
                "a deadline before a bare deed"),
            () -> assertEquals("完成", labelMarked("今年，完成[[25%以上/%]]。", null), "no deadline"),
            () -> assertEquals("核查中抽查比例", labelMarked("核查中须按[[3-5%/%]]的比例对贫困户进行抽查。", null), "a scheme's rate"),
            () -> assertEquals("0-35000元报销比例",
                labelMarked("具体补偿标准为：[0-35000元/元]按[[60%/%]]报销，[35001-70000元/元]按[70%]报销。", null),
                "the bracket a rate applies to"),
            () -> assertEquals("鸡蛋库存量比月初", labelMarked(
                "全国[200家]大型农副产品批发市场水果、鸡蛋、食用油库存量比月初分别增加[4.9%]、[[3.2%/%]]和[1.2%]。", Change.INCREASE),
                "a list's closing measure, without the frame before it"),
            () -> assertEquals("枢纽城市批次", labelMarked("交通运输部已累计安排[377亿元/元]支持[[三批/批]]共[37个]枢纽城市。", null),
                "batches of the thing their total counts"),
            () -> assertEquals("小规模纳税人按征收率缴纳增值税", labelMarked("小规模纳税人按[[3%/%]]的征收率缴纳增值税。", null),
                "a rate named after 的 is no scheme's deed"),
            () -> assertEquals("贷款利率按执行", labelMarked("贷款利率按[[4.2%/%]]执行。", null), "执行 names no deed"),
            () -> assertEquals("中国移动收入", labelMarked("中国移动、联通、电信收入分别为[[100亿元/元]]、[80亿元/元]、[60亿元/元]。", null),
                "中 inside a name is no frame's end"),
            () -> assertEquals("市场监管部门核对企业提交的材料", labelMarked("市场监管部门核对[[5家]]企业提交的材料。", null),
                "核对 is a verb, not the coverb 对"));
    }

    private static Quantity quantityAt(String text, String span, String unit) {
        int start = text.indexOf(span);
        return new Quantity(start, start + span.length(), span, BigDecimal.ONE, null, unit, Qualifier.EXACT, null, null);
    }

    private String labelMarked(String marked, Change change) {
        StringBuilder text = new StringBuilder("标题\n");
        List<Quantity> all = new ArrayList<>();
        Quantity target = null;
        Matcher m = MARK.matcher(marked.strip());
        int last = 0;
        String source = marked.strip();
        while (m.find()) {
            text.append(source, last, m.start());
            String[] spanAndUnit = (m.group(1) != null ? m.group(1) : m.group(2)).split("/");
            String span = spanAndUnit[0];
            Quantity q = quantity(text.length(), spanAndUnit, m.group(1) != null ? change : null);
            text.append(span);
            all.add(q);
            if (m.group(1) != null) {
                target = q;
            }
            last = m.end();
        }
        text.append(source.substring(last));
        return labeler.label(text.toString(), target, all);
    }

    private static Quantity quantity(int start, String[] spanAndUnit, Change change) {
        String span = spanAndUnit[0];
        Matcher unit = UNIT.matcher(span.substring(QuantityRecognizer.qualifierPrefixLength(span)));
        String written = unit.find() ? unit.group(1) : "";
        return new Quantity(start, start + span.length(), span, BigDecimal.ONE, null,
                spanAndUnit.length > 1 ? spanAndUnit[1] : written, Qualifier.EXACT, change, null);
    }

    private static Quantity quantity(String text, String span, String unit, Change change) {
        int start = text.indexOf(span);
        return new Quantity(start, start + span.length(), span, BigDecimal.ONE, null, unit, Qualifier.EXACT, change, null);
    }
}
