using Zhuzhou.Education.Domain.Text;

namespace Zhuzhou.Education.Domain.Tests.Text;

public class HeadingStylesTests
{
    [Theory]
    [InlineData("一、甲\n1.乙。内容。", "Dun", "ArabicDot")]
    [InlineData("一、甲\n（一）乙。内容很多。\n（二）丙。内容很多。", "Dun", "ChineseParen")]
    [InlineData("一、甲\n（一）小标题\n正文。\n（二）小标题\n正文。", "Dun", "None")]
    [InlineData("一、甲\n1.分组标题。\n（1）做强软件。内容。\n（2）做优服务。内容。", "Dun", "ArabicParen")]
    [InlineData("第一章　总则\n第一条　为规范管理，制定本办法。\n第二条　本办法适用于全区学校。", "Part", "Article")]
    [InlineData("一、甲\n（一）小标题。内容很多。\n1.加强党建\n落实责任。\n2.建好组织\n创建示范点。", "Dun", "ArabicDot")]
    public void Choose_ItemsAreTheFirstLevelThatCarriesItsText(string text, string section, string item)
    {
        var styles = HeadingStyles.Choose(TextFixtures.Document(text));

        (styles.Section, styles.Item).Should().Be((Enum.Parse<HeadingStyle>(section), Enum.Parse<HeadingStyle>(item)));
    }

    [Fact]
    public void Choose_SubheadingOverItems_IsASubheadingAndItemsBelowAnItemAreNot()
    {
        var styles = HeadingStyles.Choose(TextFixtures.Document("一、甲\n（一）小标题\n1.乙。内容。\n（1）细项。\n2.丙。内容。"));

        styles.IsSubheading(HeadingStyle.ChineseParen).Should().BeTrue();
        styles.IsSubheading(HeadingStyle.ArabicParen).Should().BeFalse();
    }

    [Fact]
    public void ItemStyleOf_SectionNumberingItsItemsAnotherWay_HasItsOwnItemStyle()
    {
        var document = TextFixtures.Document("一、甲\n1．乙。内容。\n二、丙\n（一）丁。内容很多。\n（二）戊。内容很多。");

        var styles = HeadingStyles.Choose(document);

        (styles.ItemStyleOf(0), styles.ItemStyleOf(2)).Should().Be((HeadingStyle.ArabicDot, HeadingStyle.ChineseParen));
    }
}
