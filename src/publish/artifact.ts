/** Uploads files as one workflow artifact; returns the link people open, or undefined where there is no artifact service. */
export type UploadArtifact = (name: string, files: string[], rootDirectory: string) => Promise<string | undefined>

/**
 * The artifact service is only there inside a GitHub Actions job (ACTIONS_RUNTIME_TOKEN); elsewhere
 * (a local run, a test) the files simply stay where they were written. The client is loaded only
 * when there is something to upload.
 */
export const uploadWorkflowArtifact: UploadArtifact = async (name, files, rootDirectory) => {
  const env = process.env
  if (!env['ACTIONS_RUNTIME_TOKEN'] || files.length === 0) return undefined
  const { DefaultArtifactClient } = await import('@actions/artifact')
  const { id } = await new DefaultArtifactClient().uploadArtifact(name, files, rootDirectory)
  if (id === undefined) return undefined
  return `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${env['GITHUB_REPOSITORY']}/actions/runs/${env['GITHUB_RUN_ID']}/artifacts/${id}`
}
