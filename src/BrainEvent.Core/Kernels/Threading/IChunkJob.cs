namespace BrainEvent.Kernels.Threading;

/// <summary>
/// A piece of work cut into independent chunks. A job is a struct on the caller's stack holding raw
/// addresses of memory the caller keeps pinned until <see cref="WorkerPool.Run{TJob}"/> returns.
/// </summary>
internal interface IChunkJob
{
    void Execute(int chunk);
}
