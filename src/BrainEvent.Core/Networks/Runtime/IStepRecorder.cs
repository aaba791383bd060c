namespace BrainEvent.Networks;

/// <summary>A monitor as the step loop sees it: told about each run, and called by every thread after its updates.</summary>
internal interface IStepRecorder
{
    /// <summary>Before a run of <paramref name="steps"/> steps from <paramref name="firstStep"/>, on the calling thread: make room, so that recording allocates as little as possible.</summary>
    void BeginRun(long firstStep, int steps);

    /// <summary>At the end of step <paramref name="step"/> on <paramref name="thread"/>: record what happened in that thread's block.</summary>
    void Record(long step, int thread);

    /// <summary>After the run, which did <paramref name="stepsDone"/> steps, on the calling thread: publish the records.</summary>
    void EndRun(long firstStep, int stepsDone);
}
