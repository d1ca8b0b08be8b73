using System.Runtime.InteropServices;

namespace Zhuzhou.Education.Domain.Serialization;

/// <content>A page of packed rows in native memory, freed when disposed (or, if never disposed, when finalized).</content>
internal sealed partial class StagedRows
{
    private sealed class NativePage : SafeHandle
    {
        internal unsafe NativePage(int bytes)
            : base(IntPtr.Zero, ownsHandle: true)
        {
            SetHandle((IntPtr)NativeMemory.Alloc((nuint)bytes));
        }

        public override bool IsInvalid => handle == IntPtr.Zero;

        /// <summary>The first <paramref name="length"/> bytes of the page (the page must not have been disposed).</summary>
        internal unsafe Span<byte> Span(int length)
        {
            ObjectDisposedException.ThrowIf(IsClosed, this);
            return new Span<byte>((void*)handle, length);
        }

        protected override unsafe bool ReleaseHandle()
        {
            NativeMemory.Free((void*)handle);
            return true;
        }
    }
}
