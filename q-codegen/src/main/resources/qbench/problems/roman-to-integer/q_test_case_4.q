result:solve["IV"];
show result;
