// Command ids in one place (package.json `contributes.commands` lists the public ones; a unit test keeps them equal).
export const COMMANDS = {
  checkDraft: 'grounded.checkDraft',
  checkAll: 'grounded.checkAllDrafts',
  showFacts: 'grounded.showSourceFacts',
  insertFact: 'grounded.insertFact',
  openReport: 'grounded.openReport',
  suspend: 'grounded.suspend',
  resume: 'grounded.resume',
  addSource: 'grounded.addSource',
  addSourceFromUrl: 'grounded.addSourceFromUrl',
  useActiveAsSource: 'grounded.useActiveFileAsSource',
  refreshFacts: 'grounded.refreshSourceFacts',
  // Internal (used by quick fixes, hover links, the tree view and the report; hidden from the palette).
  openSource: 'grounded.openSource',
  ignoreFinding: 'grounded.ignoreFinding',
  unignoreFinding: 'grounded.unignoreFinding',
} as const;
