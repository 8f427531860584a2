result:solve["aabbaa"];
show result;
