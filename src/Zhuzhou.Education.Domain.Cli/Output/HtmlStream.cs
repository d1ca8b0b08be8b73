using System.Xml;
using System.Xml.Linq;

namespace Zhuzhou.Education.Domain.Cli.Output;

/// <summary>
/// Writes a page built as an XML tree in which some elements take their children from a sequence as they are written
/// (<see cref="Streamed"/>): a row of a page by school is made, cleaned, written and let go, so the page is never held
/// whole. Every element is written as the whole tree would be: an element of the page that is empty but may not be
/// (a <c>div</c>, a <c>td</c>) gets an end tag, and every text and attribute from the plan and the org units is
/// <see cref="SafeText.Clean"/>ed (control characters, which XML cannot carry and a reader must not get, shown as
/// \uXXXX; line breaks and tabs kept).
/// </summary>
internal static class HtmlStream
{
    private static readonly HashSet<string> VoidElements = ["meta", "br", "hr", "img", "link", "col"];

    /// <summary>Marks an element whose children are made only as it is written.</summary>
    /// <param name="element">The element, with its attributes and no children.</param>
    /// <param name="children">Its children, enumerated once, as it is written.</param>
    /// <returns>The element.</returns>
    public static XElement Streamed(XElement element, Func<IEnumerable<XElement>> children)
    {
        element.AddAnnotation(new Children(children));
        return element;
    }

    /// <summary>Writes an element: as a tree where nothing beneath it streams, else its tag and each child in turn.</summary>
    public static void Write(XmlWriter writer, XElement element)
    {
        var streamed = element.Annotation<Children>();
        if (streamed is null && !element.Descendants().Any(e => e.Annotation<Children>() is not null))
        {
            Prepare(element);
            element.WriteTo(writer);
            return;
        }

        writer.WriteStartElement(string.Empty, element.Name.LocalName, element.Name.NamespaceName);
        foreach (var attribute in element.Attributes())
        {
            writer.WriteAttributeString(attribute.Name.LocalName, attribute.Name.NamespaceName, SafeText.Clean(attribute.Value, keepWhiteSpace: true));
        }

        var any = false;
        foreach (var node in streamed is null ? element.Nodes() : streamed.Make())
        {
            any = true;
            switch (node)
            {
                case XElement child:
                    Write(writer, child);
                    break;
                case XText text:
                    writer.WriteString(SafeText.Clean(text.Value, keepWhiteSpace: true));
                    break;
                default:
                    node.WriteTo(writer);
                    break;
            }
        }

        if (!any)
        {
            // As an empty element of the tree is given an empty text, so that it is not written as <tbody />.
            writer.WriteString(string.Empty);
        }

        writer.WriteFullEndElement();
    }

    /// <summary>Readies a tree that does not stream for writing: end tags for empty elements that need them, texts cleaned.</summary>
    private static void Prepare(XElement tree)
    {
        foreach (var element in tree.DescendantsAndSelf().Where(e => e.Name.Namespace == HtmlNamespace && e.IsEmpty && !VoidElements.Contains(e.Name.LocalName)))
        {
            element.Value = string.Empty;
        }

        foreach (var text in tree.DescendantNodes().OfType<XText>())
        {
            text.Value = SafeText.Clean(text.Value, keepWhiteSpace: true);
        }

        foreach (var attribute in tree.DescendantsAndSelf().Attributes())
        {
            attribute.Value = SafeText.Clean(attribute.Value, keepWhiteSpace: true);
        }
    }

    private static XNamespace HtmlNamespace { get; } = "http://www.w3.org/1999/xhtml";

    private sealed class Children(Func<IEnumerable<XElement>> make)
    {
        public IEnumerable<XElement> Make() => make();
    }
}
