result:solve[enlist 1;0];
show result;
