result:solve[enlist 1];
show result;
