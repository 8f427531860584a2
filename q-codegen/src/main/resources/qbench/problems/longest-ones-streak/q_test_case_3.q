result:solve[enlist 1b];
show result;
