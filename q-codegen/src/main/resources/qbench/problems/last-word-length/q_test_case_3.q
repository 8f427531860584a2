result:solve[enlist "q"];
show result;
